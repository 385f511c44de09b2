class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p, p.x + p.y)
print(hasattr(p, '__dict__'), Point.__slots__)
print(type(Point.__dict__['x']).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)

class P3(Point):
    __slots__ = ('z',)
p3 = P3(1, 2)
p3.z = 3
print(p3, p3.z, hasattr(p3, '__dict__'))

class Loose(Point):
    pass
lo = Loose(4, 5)
lo.extra = 'ok'
print(lo, lo.__dict__)

class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

for bad in [("x", "x"), ("a b",), ('__dict__', '__dict__')]:
    try:
        type('Bad', (), {'__slots__': bad})
        print("created", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    class Conflict:
        __slots__ = ('v',)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)

class Single:
    __slots__ = 'only'
s = Single()
s.only = 'one'
print(s.only, Single.__slots__)
