values = [-3, 3, -2.5, 0.0, -0.0, True, False, 3 - 4j, -(2 ** 70), float("-inf")]
for v in values:
    print(f"{v!r:24} abs={abs(v)!r:24} type={type(abs(v)).__name__}")
bases = [2, -2, 2.0, 0.5, 1j]
exps = [3, -1, 0.5, 0]
for b in bases:
    row = []
    for e in exps:
        try:
            r = b ** e
            row.append(f"{r!r}")
        except ZeroDivisionError as err:
            row.append("ZeroDivisionError")
    print(f"{b!r:6}", " | ".join(row))
print(pow(-2, 0.5), (-8) ** (1 / 3), 0 ** 0.0, 0.0 ** 0, (-1) ** 0.5 == 1j)
print(abs(-0.0) == 0.0, str(abs(-0.0)), abs(complex(-0.0, -0.0)), abs(-True))
print(abs(-7) ** 2, pow(abs(-2), 10), abs(2 ** -2), abs(-1.5) ** 0.5)
print([abs(x) for x in range(-3, 4)], sum(abs(x) for x in (-1.5, 2, -3j)))
print(type(abs(True)).__name__, type(abs(-0.0)).__name__, type(2 ** 0.0).__name__)
print(pow(2, 64) == 2 ** 64, pow(-1, 2 ** 64), pow(-1, 2 ** 64 + 1))
