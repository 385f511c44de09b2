for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.5000000000000004]:
    print(f"{x!r:24} round={round(x)!r:3} int={int(x)!r:3} fmt0={x:.0f}")
for x, nd in [(0.125, 2), (0.375, 2), (0.625, 2), (2.675, 2), (1.005, 2), (1.015, 2), (1.025, 2), (5.55, 1), (0.05, 1)]:
    print(f"round({x}, {nd}) = {round(x, nd)!r}  format = {x:.{nd}f}")
for n, nd in [(25, -1), (35, -1), (125, -1), (150, -2), (250, -2), (-250, -2), (12345, -10), (5, 0)]:
    print(f"round({n}, {nd}) = {round(n, nd)}")
print(round(1e20, -20), round(1.5e20, -20), round(2.5e20, -20), round(123.456, -1), round(-0.5), round(0.0))
print([round(i / 2) for i in range(-6, 7)])
print([round(i / 10, 0) for i in range(5, 40, 10)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 0.45)])
print([f"{x:.1f}" for x in (0.05, 0.15, 0.25, 0.35, 0.45)])
print([round(n, -1) for n in range(5, 100, 10)])
print(round(-2.5), round(-3.5), round(-0.5) == 0, str(round(-0.4, 0)))
vals = [0.5 + i for i in range(6)]
print(vals, [round(v) for v in vals])
print(sum(round(v) for v in vals), sum(vals))
print(round(7.0), round(7.0, 1), type(round(7.0, 1)).__name__, round(True), round(2 ** 70 + 0.0) == 2 ** 70)
print(round(0.285, 2), round(0.295, 2), round(1.455, 2), round(1.465, 2))
print(round(1 / 3, 5), round(2 / 3, 5), round(1e-5, 5), round(1e-6, 5))
print(round(12.5), round(13.5), round(-12.5), round(-13.5))
print(round(float("1e15") + 0.5), round(4503599627370495.5))
