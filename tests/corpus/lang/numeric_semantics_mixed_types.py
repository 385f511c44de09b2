print(1 + 2.0, type(1 + 2.0).__name__, 3 * 1j, type(True + 1.5).__name__)
print(7 / 2, 7 // 2, 7.0 // 2, -7 // 2, -7.0 // 2, 7 % -2, 7.0 % -2)
print(2 ** 10, 2 ** -2, 2.0 ** 3, (-8) ** (1 / 3) if False else "skip", 0 ** 0, 0.0 ** 0)
print(10 ** 20 + 0.5, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(1 == 1.0 == 1 + 0j, 1 < 1.5 < 2, -1 < -0.5, float("inf") > 10 ** 300)
print(10 ** 400 > float("inf"), 10 ** 400 < float("inf"), -(10 ** 400) < float("-inf"))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "divmod(1, 0)", "0 ** -1", "0.0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2))
print(abs(-5), abs(-5.5), abs(3 + 4j), -(-3), +True)
print(int(3.99), int(-3.99), float(7), complex(1, 2) * complex(0, 1))
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9, 1e308 * 10, -1e308 * 10)
print(float("nan") != float("nan"), float("inf") - float("inf"))
print((-2) ** 0.5)
print(True + True + True, True * 3.5, 5 - True)
print(3 + 4j == complex("3+4j"), (1 + 1j) ** 2, 1j ** 2)
try:
    1j < 2j
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 % 1j
except TypeError as e:
    print(type(e).__name__, e)
