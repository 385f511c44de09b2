print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, "b") > (1, "a"))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,)]), max([(1, 2), (1, 3)]), min([(0, 9), (0, 1, 1)]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) == (1.0, 2.0), (1, [2]) == (1, [2]), (None,) == (None,), (1,) == [1])
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(((),)) == hash(((),)))
print(hash((1, 2)) != hash((2, 1)), {(1, 2): "a", (2, 1): "b"}, {(0, 0), (0, 0.0), (-0.0, 0)})
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, {}): 1}
except TypeError as e:
    print(type(e).__name__, e)
t = ((1, 2), (3, (4, 5)), [6])
print(t[1][1][0], t[2][0], len(t), t.count((1, 2)), t.index([6]))
t[2].append(7)
print(t)
grid = tuple(tuple(r * 3 + c for c in range(3)) for r in range(3))
print(grid, grid[2][1], sum(map(sum, grid)), list(zip(*grid))[0])
print(tuple(sorted({3: 1, 1: 2})), tuple(reversed((1, 2, 3))), (1, 2) + tuple([3]), tuple("ab") * 2)
coords = {(x, y): x * y for x in range(3) for y in range(3)}
print(coords[(2, 2)], coords[1, 2], len(coords))
a = (1, 2, 3)
b = tuple(a)
print(a is b, a == b, a[:] is a)
