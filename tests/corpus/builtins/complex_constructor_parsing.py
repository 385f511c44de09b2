good = ["1", "1j", "-1j", "1+2j", "1-2j", " (1+2j) ", "1.5e3-2.5e-3j", "inf+nanj", "-infj", "j", "+j",
        "1_0+2_0j", "0.5J", "(3)", "1e1j"]
for s in good:
    print(repr(s), "->", complex(s))
bad = ["", "1+", "j1", "1+2", "(1+2j", "1 + 2j", "1+2jj", "2j+1", "abc", "1+2i", "()", "1__0j"]
for s in bad:
    try:
        complex(s)
        print(repr(s), "accepted")
    except ValueError as e:
        print(f"{s!r:10} ValueError: {e}")
print(complex(), complex(1), complex(1.5, -2), complex(imag=3), complex(real=2, imag=1))
print(complex(True, False), complex(1j, 1j), complex("1j"), complex(2 ** 70, 1))
for args in [("1", 2), (1, "2"), (None,), ([1],)]:
    try:
        complex(*args)
    except TypeError as e:
        print(f"complex{args!r} TypeError: {e}")
class C:
    def __complex__(self):
        return 5 + 5j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
print(repr(complex(0, 1e300 * 1e10)), repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)))
print(complex.__name__, (1 + 2j).__class__.__name__, isinstance(1j, complex))
print([complex(x, y) for x in (0, 1) for y in (0, -1)])
