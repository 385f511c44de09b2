records = [("2024-01-05", "deposit", 100.0), ("2024-01-07", "withdraw", 30.5), ("2024-02-01", "deposit", 20.0)]
balance = 0.0
for date, kind, amount in records:
    balance += amount if kind == "deposit" else -amount
    print(f"{date} {kind:<8} {amount:>7.2f} balance={balance:.2f}")
by_month = {}
for date, kind, amount in records:
    by_month.setdefault(date[:7], []).append((kind, amount))
print(by_month)
latest = max(records)
print(latest, min(records, key=lambda r: r[2]), sorted(records, key=lambda r: -r[2])[0][1])
dates, kinds, amounts = zip(*records)
print(dates, set(kinds) == {"deposit", "withdraw"}, sum(amounts))
point = (3, 4)
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5, point == (3, 4), point < (3, 5), hash(point) == hash((3, 4)))
origin = (0, 0)
points = [(1, 2), (-3, 1), (0, 0), (2, -2)]
print(sorted(points), sorted(points, key=lambda p: abs(p[0]) + abs(p[1])), origin in points)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid[2, 0], [grid[(i, i)] for i in range(3)])
swap = lambda t: t[::-1]
print(swap((1, 2, 3)), tuple(map(swap, [(1, 2), (3, 4)])))
rgb = (255, 128, 0)
print("#%02x%02x%02x" % rgb, "#{:02X}{:02X}{:02X}".format(*rgb), tuple(v // 2 for v in rgb))
try:
    rgb[0] = 0
except TypeError as e:
    print(type(e).__name__, e)
