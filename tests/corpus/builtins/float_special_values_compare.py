inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, inf / inf, inf + 1)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 1, nan is nan)
print(sorted([3.0, nan, 1.0]) if False else "sort with nan is unstable, skipped")
print(max(1.0, nan), max(nan, 1.0), min(nan, 2.0), min(2.0, nan))
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), 1 / inf, -1 / inf, (-0.0).hex())
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** 1024 if False else "skip")
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, (-1) ** inf, 0.5 ** inf, 2 ** -inf)
print(int(1e308) > 0, 10 ** 308 < inf, 10 ** 400 < inf, -(10 ** 400) > -inf)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 22 == 1e22, 123456789012345678 == 123456789012345678.0)
print(0.1 == 1 / 10, 1 / 3 == 0.333, (0.1).__eq__(0.1), (1).__eq__(1.0), (1.0).__eq__(1))
print(hash(inf), hash(-inf), hash(nan) == hash(nan) or "nan hash is identity based", hash(0.0) == hash(-0.0) == 0)
print(hash(1.5), hash(-1.5), hash(2 ** 0.5), hash(1e300), hash(10.0) == hash(10))
print(float("inf") in [inf], nan in [nan], float("nan") in [nan])
print(abs(-inf), abs(nan) != abs(nan), -nan != -nan, round(inf) if False else "round(inf) raises")
