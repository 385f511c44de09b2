vals = [True, 2, 2.5, 1j]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b)]
for name, op in ops:
    row = []
    for a in vals:
        for b in vals:
            try:
                row.append(type(op(a, b)).__name__[0])
            except TypeError:
                row.append("T")
            except ZeroDivisionError:
                row.append("Z")
    print(f"{name:3}", " ".join(row))
print(type(True + True).__name__, type(True / True).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__)
print(type((-8) ** 0.5).__name__, type(abs(-2)).__name__, type(abs(1j)).__name__, type(round(2.5)).__name__)
print(type(divmod(5, 2)[0]).__name__, type(divmod(5.0, 2)[0]).__name__, type(pow(2, 3, 5)).__name__)
print(type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__, type(sum([1, 1j])).__name__, type(sum([], 0.0)).__name__)
print(type(max(1, 2.0)).__name__, type(min(True, 5)).__name__, type(-True).__name__, type(~True).__name__)
print(1 / 1, 4 / 2, 2 ** 0, 0 ** 0, 2.0 ** 0, True ** False, 1j ** 0)
