pairs = [(1, "one"), (2, "two"), (3, "three")]
print([n * 2 for n, _ in pairs])
print({name: n for n, name in pairs})
print([f"{a}{b}{c}" for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([(first, rest) for first, *rest in ["abc", "de", "f"]])
print([last for *_, last in [(1, 2, 3), (4, 5)]])
nested = [[(1, 2), (3, 4)], [(5, 6)]]
print([x + y for group in nested for x, y in group])
records = [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}]
print([(r["name"], t) for r in records for t in r["tags"]])
print({k: v for k, v in zip("abc", range(3))})
print(dict((v, k) for k, v in {"p": 1, "q": 2}.items()))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([a * b for a, b in zip(*matrix)])
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)
try:
    [a for a, b in [1]]
except TypeError as e:
    print(type(e).__name__, e)
print(sum(a * b for a, b in [(1, 2), (3, 4)]))
print(sorted({c for word in ["hi", "ho"] for c in word}))
print([i for i, ch in enumerate("banana") if ch == "a"])
print([(i, j) for i, j in [divmod(n, 3) for n in range(7)]])
pts = {(x, y) for x in range(3) for y in range(3) if x != y}
print(sorted(pts)[:4], len(pts))
