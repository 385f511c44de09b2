class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def scale(self, factor):
        return Matrix([[v * factor for v in row] for row in self.rows])
    def get(self, r, c):
        return self.rows[r][c]
    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 2], [3, 4]])
print(m.scale(2), m.get(1, 0))
for call in [lambda: m.scale(), lambda: m.get(0), lambda: Matrix.scale(2), lambda: m.get(0, 1, 2), lambda: m.scale(factor=1, f=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def apply_all(matrix, ops):
    for name, args in ops:
        matrix = getattr(matrix, name)(*args)
        print(name, args, "->", matrix)
    return matrix

apply_all(m, [("scale", (3,)), ("scale", (0.5,))])
apply_all(m, [("scale", (2,)), ("get", (1,))])
