print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, -1, 7), pow(3, -2, 11), pow(10, -1, 17), pow(-2, -1, 7))
print(pow(5, 0, 1), pow(5, 0, 7), pow(0, 0, 7), pow(12345678901234567890, 3, 97))
print(pow(2, 1000, 10 ** 9 + 7), pow(7, 10 ** 18, 13))
for args in [(2, -1, 4), (2, 3, 0), (2, 3.0, 5), (2.0, 3, 5), (2, "3", 5), (0, -1, 5)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(pow(2, -2), pow(-8, 1 / 3) if False else "skip", pow(4, 0.5), pow(2.0, 3), pow(-2, 3))
print(2 ** -1, (-2) ** -1, 0 ** 5, 10 ** -3)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))
try:
    pow()
except TypeError as e:
    print(type(e).__name__, e)
print((-8) ** (1 / 3))
print(pow(-1, 0.5))
print(type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(pow(2, 2, 3)).__name__)
print(pow(True, 5), pow(3, True, 2))
