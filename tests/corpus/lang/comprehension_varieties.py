words = ["apple", "Banana", "cherry", "date", "Elder"]
print([w.lower() for w in words])
print({w[0].lower(): len(w) for w in words})
print(sorted({len(w) for w in words}))
print(list(w for w in words if w.istitle()))
print([(i, j) for i in range(3) for j in range(3) if i != j if i + j > 1])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print({(a, b): a * b for a in range(2) for b in range(2)})
print([x for x in [y * 2 for y in range(5)] if x % 4 == 0])
print([c for c in "hello" if c not in "l"])
print({k: v for k, v in zip("abc", range(3)) if v})
print([i for i in range(3)] + [i for i in "ab"])
print([(lambda i=i: i)() for i in range(3)])
print([len(w) for w in words if (n := len(w)) > 4], n)
print(dict.fromkeys((w[0] for w in words), 0))
print([*(x for x in range(2)), *[10, 11]])
print(sum(x for x in range(5) if x % 2))
data = {"a": [1, 2], "b": [3], "c": []}
print([(k, v) for k, vs in data.items() for v in vs])
print({k: [v * 10 for v in vs] for k, vs in data.items() if vs})
inverse = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inverse)
print([[] for _ in range(3)], [0 for _ in []])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [matrix[i][2 - i] for i in range(3)])
print({x % 3 for x in range(10)}, {frozenset({1, 2}): 'fs'})
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
