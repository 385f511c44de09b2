class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (row, col), not {type(key).__name__}")
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {key} out of range")
        return r, c
    def __getitem__(self, key):
        r, c = self._check(key)
        return self.cells[r][c]
    def __setitem__(self, key, value):
        r, c = self._check(key)
        self.cells[r][c] = value
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return any(v in row for row in self.cells)
    def __iter__(self):
        for row in self.cells:
            yield from row
    def __repr__(self):
        return "\n".join(" ".join(str(v) for v in row) for row in self.cells)

g = Grid(3, 2)
g[0, 0] = 1
g[1, 2] = 5
g[0, 1] += 7
print(g)
print(len(g), 5 in g, 9 in g, list(g), sum(g))
for bad in [(5, 5), 3, (1,), "x"]:
    try:
        g[bad]
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    del g[0, 0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class ReadOnly:
    def __getitem__(self, i):
        return i
ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(ro)
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    fn = lambda: 0
    fn["x"]
except TypeError as e:
    print(type(e).__name__, e)
