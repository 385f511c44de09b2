class AutoRepr:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"

class Point(AutoRepr):
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Line(AutoRepr):
    def __init__(self, a, b):
        self.a, self.b = a, b
        self.length = ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5

p = Point(0, 0)
line = Line(p, Point(3, 4))
print(p)
print(line)
print([p, Point(1, "s")], {"k": p})
p.z = None
print(p, list(vars(p)))
del p.x
print(p)

class Recursive(AutoRepr):
    def __init__(self):
        self.me = None
r = Recursive()
r.me = r
try:
    repr(r)
except RecursionError as e:
    print(type(e).__name__)

class Bag:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __eq__(self, other):
        return type(other) is Bag and vars(self) == vars(other)
    def __repr__(self):
        return "Bag(" + ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items())) + ")"
b = Bag(z=1, a=2)
print(b, b == Bag(a=2, z=1), b == Bag(a=2), b != Bag(z=1, a=2))
print(object.__repr__(b).startswith("<__main__.Bag object at"), str(b) == repr(b))
print(type(b).__dict__["__repr__"].__qualname__, "__dict__" in dir(b))
