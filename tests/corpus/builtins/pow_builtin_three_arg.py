print(pow(2, 10), pow(2.0, 10), pow(2, -1), pow(-2, 3), pow(-2, -2), pow(4, 0.5), pow(0, 0), pow(0.0, 0))
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(2, -1, 5), pow(7, -2, 13), pow(2, 100, 2 ** 64 + 1))
print(pow(3, 4, -5), pow(-3, 4, -5), pow(10, 20, 1), pow(123456789, 0, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0), (2, 0.5, 5), ("2", 2), (2, "2"), (2,), ()]:
    try:
        print(args, pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(pow(-8, 1 / 3))
print(pow(1j, 2), pow(2, 1j) if False else "complex exp skipped", pow(-1, 0.5))
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(0.0, -2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(10.0, 1000)
except OverflowError as e:
    print(type(e).__name__, e)
class P:
    def __pow__(self, e, m=None):
        return f"P ** {e} mod {m}"
    def __rpow__(self, b):
        return f"{b} ** P"
print(pow(P(), 2), pow(P(), 2, 3), pow(5, P()), 5 ** P())
try:
    pow(5, P(), 7)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(base=3, exp=3), pow(3, 3, mod=None), pow(True, True, 2))
print([pow(x, 2, 7) for x in range(7)], [pow(x, -1, 7) for x in range(1, 7)])
