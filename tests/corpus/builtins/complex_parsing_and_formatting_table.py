values = [0j, 1 + 0j, -1j, 2.5 - 3.75j, complex(1e10, 1e-10), complex(-0.0, 1), complex(float("inf"), -1), 1j ** 0.5]
for z in values:
    print(f"{z!r:30} {str(z):30} {format(z, '.3g'):22} {format(z, '^30')}")
for spec in ["", ".2f", "e", "+.1f", "<20", "*>20.1f", "g", "10"]:
    print(f"{spec!r:9} [{format(3 - 4j, spec)}]")
for bad in ["d", "=10", "010", ".2%", "c"]:
    try:
        format(1 + 1j, bad)
    except ValueError as e:
        print(f"{bad!r:6} ValueError: {e}")
print(complex("1e3+2e-3j"), complex("-1.5j"), complex("+inf-infj"), complex(" 7 "), complex("-0"))
print(repr(complex("nan+nanj")), str(complex(0, float("nan"))), complex("1_000+2_0j"))
for s in ["1+2j", "(1+2j)", "1.5e2-0.5e1j", "-j", "+1J"]:
    z = complex(s)
    print(f"{s!r:16} -> {z!r:16} real={z.real} imag={z.imag}")
print([str(complex(r, i)) for r in (0, -1) for i in (0.0, -0.0, 1.5)])
print(f"{1j:}", f"{-1j:>5}", f"{(1+1j)*1e20:g}", f"{complex(123456789, 1):.3e}")
print(format(complex(0.1, 0.2), ".20g").count("0") > 5, format(complex(1, 1), "+"))
pairs = [(complex(a, b), complex(b, a)) for a, b in [(1, 2), (0, 3), (-1, -1)]]
print([p[0] * p[1] for p in pairs], [abs(p[0]) == abs(p[1]) for p in pairs])
