class Vec:
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z=0):
        self.x, self.y, self.z = x, y, z

def describe(v):
    match v:
        case Vec(0, 0, 0):
            return "zero vector"
        case Vec(x, 0, 0):
            return f"on x axis at {x}"
        case Vec(_, _, z) if z != 0:
            return f"3d with z={z}"
        case Vec(x, y):
            return f"2d ({x}, {y})"

print([describe(v) for v in (Vec(0, 0), Vec(4, 0), Vec(1, 2, 3), Vec(1, 2))])

class NoArgs:
    def __init__(self):
        self.a = 1
match NoArgs():
    case NoArgs(a=1):
        print("keyword pattern works without __match_args__")
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class Dynamic:
    @property
    def computed(self):
        print("  computed accessed")
        return 42
match Dynamic():
    case Dynamic(computed=42, missing=_):
        print("no")
    case Dynamic(computed=c):
        print("computed property", c)

class BadArgs:
    __match_args__ = ("nope",)
try:
    match BadArgs():
        case BadArgs(v):
            print("no")
except AttributeError as e:
    print(type(e).__name__, e)
match BadArgs():
    case BadArgs():
        print("zero positional patterns never read __match_args__ entries")

class Base:
    __match_args__ = ("kind",)
    kind = "base"
class Derived(Base):
    kind = "derived"
match Derived():
    case Base("derived"):
        print("subclass instance matches base pattern")
try:
    match Vec(1, 2):
        case Vec(1, y=2):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 3:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
