pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 7), (-1, 7), (6, 3), (-6, 3)]
for a, b in pairs:
    print(f"{a:3} {b:3} | // {a // b:3} | % {a % b:3} | divmod {divmod(a, b)} | / {a / b}")
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, divmod(-7.5, 2))
print(5 % 3.0, -5 % 3.0, 5.0 % -3, -0.0 % 5, 0.0 % -5)
print(10 // 0.3, 10 % 0.3)
print(1e300 // 1e-10 if False else "skip", (2 ** 70) // 3, -(2 ** 70) // 3, (2 ** 70) % -3)
for expr in ["5 // 0", "5 % 0", "divmod(5, 0)", "5.0 // 0", "5 % 0.0", "divmod(5.0, 0.0)", "0 // 0", "(2**100) % 0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(f"{expr:16} {type(e).__name__}: {e}")
print(True // 2, True % 2, False // True, divmod(True, True))
print(int.__floordiv__(7, 2), int.__mod__(-7, 2), int.__rfloordiv__(2, 7), int.__truediv__(1, 4))
print((7).__divmod__(-2), (7).__rdivmod__(100), (7).__floordiv__(2.0))
print([(-n) // 4 for n in range(6)], [(-n) % 4 for n in range(6)])
print([n // -3 for n in range(-4, 5)])
print([n % -3 for n in range(-4, 5)])
print(divmod(2 ** 64 + 5, 2 ** 32), divmod(-(2 ** 64) - 5, 2 ** 32))
print(-1 // 10 ** 30, -1 % 10 ** 30, 10 ** 30 // -7, 10 ** 30 % -7)
