def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

vals = [0.0, -0.0, 1.5, -1.5, 7.0, -7.25, 1e308, float('inf'), float('nan'), 3]
for a in vals:
    for b in [2.0, -2.0, 0.5, 0.0, float('inf'), 3]:
        t(lambda: (a + b, a - b, a * b))
        t(lambda: a / b)
        t(lambda: a // b)
        t(lambda: a % b)
        t(lambda: divmod(a, b))
        t(lambda: a ** b)
t(lambda: (-8.0) ** 0.5)
t(lambda: 0.0 ** -1)
t(lambda: 10.0 ** 400)
t(lambda: (1.5).__add__('x'))
t(lambda: (1.5).__radd__(2))
t(lambda: float.__truediv__(1.0, 0))
t(lambda: pow(2.0, 3, 5))
t(lambda: 1e16 + 1)
t(lambda: sum([0.1] * 10))
t(lambda: sum([1e100, 1.0, -1e100, 1e-100]))
t(lambda: sum([1, 2.5, 3]))
t(lambda: sum([], 0.5))
t(lambda: (2.5).__round__())
t(lambda: (2.5).__trunc__())
t(lambda: (-2.5).__floor__())
t(lambda: (-2.5).__ceil__())
t(lambda: float.__getformat__('double'))
t(lambda: (0.1).real)
t(lambda: 0.1 == 0.1000000000000000055511151231257827)
t(lambda: 1.0 < 2**1000)
t(lambda: float('nan') == float('nan'))
t(lambda: abs(-0.0))
