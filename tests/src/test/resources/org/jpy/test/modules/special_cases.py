# Run by the reference CPython: special functions on sample points (hex bits) or the error they raise.
import math, struct, random
r = random.Random(5)
h = lambda x: struct.pack('>d', x).hex()
points = [0.0, -0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.5, 10.0, 0.1, -0.5, -1.5, -2.5, 30.0, 100.5, 171.0, 172.0, -1.0, -2.0,
          1e-300, 5.0, 6.0, 27.0, float('inf'), float('-inf'), float('nan'), 0.999, 1.001, -0.999, 1e10, 20.0, 23.0, 24.0]
points += [r.uniform(-10, 10) for _ in range(100)] + [r.uniform(0, 5) for _ in range(50)]
for name in ('gamma', 'lgamma', 'erf', 'erfc', 'asinh', 'acosh', 'atanh'):
    for x in points:
        try:
            res = h(getattr(math, name)(x))
        except (ValueError, OverflowError) as e:
            res = type(e).__name__
        print(name, h(x), res)
