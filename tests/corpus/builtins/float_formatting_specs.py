x = 1234.5678
for spec in ["", "f", ".2f", "10.2f", "<10.1f", "^12.3f", "+.1f", " .1f", "010.2f", ",.2f", "_.3f",
             "e", ".3e", "E", "g", ".3g", "G", ".10g", "%", ".1%", "#.0f", "=+12.2f", "*>12.1f", "z.1f"]:
    print(f"{spec!r:10} -> {format(x, spec)!r}")
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.00001234, float("inf"), float("nan"), -float("inf")]:
    print(repr(v), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, ".2f"), format(v, "%") if v == v and abs(v) != float("inf") else "-")
print(format(-0.0, "z.1f"), format(-0.00001, "z.2f"), format(-1.5, "z.1f"))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f}")
print(f"{1e300:.3g} {1e-300:.3g} {12345.678:.2e} {0.1:.20f}")
print(f"{123.456:#.0e} {123.456:#g} {100.0:#g} {1.0:g} {1.0:.0g}")
for bad in ["d", "x", ".2d", "c", "s", ",,", ".f"]:
    try:
        format(x, bad)
    except ValueError as e:
        print(f"{bad!r}: ValueError: {e}")
print("%f %e %g %.2f %10.3e %-8.1f| %+g %G" % (x, x, x, x, x, x, x, 1e-10))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%a" % 1.5 if False else "")
print("{:.3}".format(3.14159), "{:10.4}|".format(2.0), "{0:.2f}{0:.0%}".format(0.256))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(0.5, ">+8.2%"))
print(format(1e-5, ".2g"), format(123456, ".2g"), format(0.000123, ".1e"))
