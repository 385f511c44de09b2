class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(2, 1) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(9, 9), "missing"))
print(hash((Point(1, 2), 3)) == hash((Point(1, 2), 3)))

class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, o):
        print(f"  eq {self.v} vs {o.v}")
        return self.v == o.v
    def __repr__(self):
        return f"C{self.v}"
s = set()
for v in (1, 2, 1):
    s.add(Collide(v))
print(len(s), sorted(s, key=lambda c: c.v))

class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
m = Mutable(1)
d = {m: "stored"}
m.v = 2
print(d.get(Mutable(1)), d.get(Mutable(2)), m in d, len(d))

print(hash(()) == hash(()), hash((1,)) != hash((2,)), hash(frozenset()) == hash(frozenset()))
print({(1, 2): "a", (1, 2.0): "b"}, {frozenset({1}): 1, frozenset({1.0}): 2})
print({0: "int", 0.0: "float", False: "bool", -0.0: "negzero"})
print(hash(True) == hash(1), hash(0.5) == hash(0.5), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(float("inf")), hash(float("-inf")), hash(1.5), hash(-1.5), hash(1e100) == hash(10**100))
try:
    {Point(1, 2): 1, [1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
