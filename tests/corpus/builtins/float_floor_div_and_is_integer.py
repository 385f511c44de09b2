vals = [7.0, 7.5, -7.5, 0.1, -0.0, 1e16, 2.5e-10, float("inf")]
for v in vals:
    print(repr(v), v.is_integer(), v // 2 if v != float("inf") else "inf//2", v % 2 if v != float("inf") else "inf%2")
print(float("inf") // 2, float("inf") % 2, -float("inf") // 3, 5 // float("inf"), -5 // float("inf"), 5 % float("inf"), -5 % float("inf"))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(0.3, 0.1), 0.3 // 0.1, 0.3 % 0.1)
print(1.0 // 0.1, 1.0 % 0.1, 10.0 // 3.0, -10.0 // 3.0, 10.0 % -3.0)
print(int(7.9), int(-7.9), round(7.5), round(8.5), int(1e16 + 1), int(2.0 ** 60))
print((5.0).is_integer(), (5.5).is_integer(), (1e300).is_integer(), float("nan").is_integer(), (-0.0).is_integer())
print(3.0 == 3, float(3).__int__(), (3.7).__floor__(), (-3.2).__ceil__())
for bad in ["1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 // 0.0"]:
    try:
        eval(bad)
    except ZeroDivisionError as e:
        print(bad, type(e).__name__, e)
print(5.5 // 1, 5.5 % 1, -5.5 // 1, -5.5 % 1, (2 ** 53 + 1.0) // 1)
print(sum(x.is_integer() for x in [1.0, 1.5, 2.0, 3.25]), [x for x in [0.5, 1.0, 1.5] if x.is_integer()])
print([(-x) // 1 for x in (0.5, 1.5, 2.5)], [x % 1 for x in (0.25, -0.25, 1.75)])
print(7.0 // 0.5, 7.0 % 0.5, 7.1 // 0.5, round(7.1 % 0.5, 10))
print(float(10 ** 20) // 3, 1e20 % 7, (1e20).is_integer())
print(abs(-7.5) // 2, -abs(7.5) // 2)
