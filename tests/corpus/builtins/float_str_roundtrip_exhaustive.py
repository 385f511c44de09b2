import sys
samples = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-10, 1.5e-300, 123456.789, 9007199254740993.0, 1e22, 1e23, 5e-324,
           1.7976931348623157e308, 0.1 + 0.2, 100.0, 1234567890123456789.0, 3.141592653589793, 2.718281828459045]
ok = 0
for x in samples:
    r = repr(x)
    back = float(r)
    ok += back == x
    print(f"{r:26} {str(x):26} {back == x} {len(r)}")
print(ok, len(samples))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_repr_style, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, repr(x), x == 1.0, round(x, 10) == 1.0)
print([float(f"{v:.17g}") == v for v in samples[:5]], f"{0.1:.17g}", f"{0.1:.20f}", f"{0.1:.55f}")
print(float("0.1000000000000000055511151231257827"), float("9007199254740993"), float("1e-323"))
print(str(1e15), str(1e16), str(1.5e16), str(12345678901234567.0), str(0.0001), str(0.00001))
print(sorted(samples)[:3], max(samples), min(samples))
