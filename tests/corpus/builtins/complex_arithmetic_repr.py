values = [1 + 2j, -1 - 2j, 3j, -3j, 0j, complex(1, 0), complex(-0.0, 0), complex(0, -0.0), 1.5 + 0.5j,
          complex(1e20, 1e-20), complex(float("inf"), 1), complex(1, float("nan")), 2 + 0j, -0.0j]
for v in values:
    print(repr(v), str(v), v.real, v.imag)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate())
print(a ** 2, a ** 0.5, 2 ** a if False else "skip", a ** -1, (1j) ** 2, 1j ** 1j)
print(a == 3 + 4j, a != b, a == complex(3, 4), 3 + 0j == 3, (3 + 0j) == 3.0)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, True + a)
for op in ["a < b", "a // b", "a % b", "divmod(a, b)", "int(a)", "float(a)", "round(a)"]:
    try:
        print(op, eval(op))
    except TypeError as e:
        print(op, "TypeError:", e)
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(0j) == hash(0), hash(1j) == hash(complex(0, 1)))
print(complex(3.0).imag, type(a.real).__name__, format(a, ".2f"), format(a, ""), f"{a:>20}|", f"{1j:g}")
print(complex(1, 2) == complex("1+2j"), complex(a), complex(1 + 1j, 1 + 1j))
