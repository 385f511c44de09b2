def trace_methods(cls):
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("__"):
            def make(fn, name=name):
                def wrapper(self, *args):
                    result = fn(self, *args)
                    print(f"  {cls.__name__}.{name}{args} -> {result!r}")
                    return result
                wrapper.__name__ = fn.__name__
                return wrapper
            setattr(cls, name, make(value))
    return cls

def add_eq_from_fields(*fields):
    def deco(cls):
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)
        def __hash__(self):
            return hash(tuple(getattr(self, f) for f in fields))
        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({inner})"
        cls.__eq__, cls.__hash__, cls.__repr__ = __eq__, __hash__, __repr__
        cls.fields = fields
        return cls
    return deco

@trace_methods
@add_eq_from_fields("x", "y")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(1, -2)
q = p.moved(2, 2)
print(q, q.norm1(), p == Point(1, -2), p == q, len({p, Point(1, -2)}), Point.fields)
print(p.moved.__name__, Point.__eq__.__qualname__)

def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen; cannot set {name}")
        object.__setattr__(self, name, value)
    orig_init = cls.__init__
    def __init__(self, *a, **k):
        orig_init(self, *a, **k)
        object.__setattr__(self, "_frozen", True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls

@frozen
class Config:
    def __init__(self, name):
        self.name = name
cfg = Config("prod")
print(cfg.name)
try:
    cfg.name = "dev"
except AttributeError as e:
    print(type(e).__name__, e)
