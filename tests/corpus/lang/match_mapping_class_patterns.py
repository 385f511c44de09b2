def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {sorted(rest)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"

for ev in [{"type": "click", "pos": (3, 4)}, {"type": "key", "key": "a", "mod": 1, "rep": 2},
           {"type": "key", "key": "b"}, {"type": "scroll", "extra": 1}, {"x": 1}, [("type", "click")]]:
    print(handle(ev))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Circle:
    def __init__(self, center, r):
        self.center, self.r = center, r

def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(center=Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(r=r):
            return f"circle r={r}"
        case int() | float() as num:
            return f"number {num}"
        case bool(b):
            return "unreachable"
        case str(s):
            return f"string {s}"
        case _:
            return "?"

for o in [Point(0, 0), Point(0, 5), Point(7, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), 5, 2.5, True, "s"]:
    print(repr(o) if not isinstance(o, Circle) else "Circle", "->", where(o))

try:
    match Point(1, 2):
        case Point(a, b, c):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Circle(1, 2):
        case Circle(a):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)
