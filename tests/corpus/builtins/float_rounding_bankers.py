print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5)])
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1.23456789, 5), round(9.999, 2), round(0.0001, 3), round(-0.0001, 3))
print(round(1e300, 2), round(1e-300, 2), round(123.456, 20), round(5e-324, 400))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-2.5, 0))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0), round(-0.4), round(-0.6))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(10 ** 20 + 0.5), round(2 ** 60 + 0.0), round(1e20))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(123456789, -5))
print(round(7, None), round(7.7, None))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
print(int(2.9), int(-2.9), float.__trunc__(2.9), (2.5).__round__(), (2.5).__round__(0), (-3.5).__round__())
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.1))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
