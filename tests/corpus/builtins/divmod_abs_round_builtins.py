print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17.5, 5), divmod(-17.5, 5))
print(divmod(2 ** 100, 7), divmod(True, 1), divmod(0, 3), divmod(5.0, 0.5), divmod(1e300, 1e-300)[1] if False else "skip")
for a, b in [(1, 0), (1.0, 0.0), (0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for bad in [(1, "a"), ("a", 1), (1j, 1), (1,), ()]:
    try:
        divmod(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 100), abs(3 - 4j), abs(True), abs(False), abs(float("-inf")))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
print(round(3.14159, 2), round(2.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5))
print(round(10), round(10.0), type(round(10.0)).__name__, round(10.0, 1), round(-0.5), round(5e-324), round(1e300))
print(round(123.456, -1), round(123.456, -3), round(-123.456, 1), round(0.1 + 0.2, 10))
for bad in [("x",), (1.5, "2"), (1, 2, 3)]:
    try:
        round(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), None))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
print(round(2 ** 70 + 0.0) == 2 ** 70, round(float(2 ** 53) + 1.0), abs(-(2 ** 63)))
