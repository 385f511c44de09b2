print(type(1), type("s"), type(None), type(type), type(len), type(lambda: 0), type(print), type([].append))
print(type(1) is int, type(True) is bool, type(1.0).__name__, type(1j).__name__, type(range(1)).__name__)
print(type(iter([])).__name__, type(x for x in []).__name__, type({}.keys()).__name__, type(...).__name__, type(NotImplemented).__name__)
Point = type("Point", (), {"x": 0, "y": 0, "__repr__": lambda self: f"Point({self.x}, {self.y})"})
p = Point()
p.x = 5
print(p, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
Point3 = type("Point3", (Point,), {"z": 1})
print(Point3(), Point3.__mro__[1].__name__, Point3.z, isinstance(Point3(), Point))
for args in [(1, 2), ("N", 1, {}), ("N", (), []), ("N", (1,), {}), (), ("a", "b", "c", "d"), (b"N", (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(f"type{args!r:20} TypeError: {e}")
Empty = type("Empty", (), {})
print(Empty, Empty.__dict__["__module__"], sorted(k for k in Empty.__dict__ if k in ("__dict__", "__weakref__", "__doc__")))
try:
    type("Bad Name!", (), {})
    print("arbitrary names accepted")
except TypeError as e:
    print(type(e).__name__, e)
print(type.__call__(int, "5"), type(int).__name__, type.__name__, type(type(type)).__name__)
Dyn = type("Dyn", (object,), {"__slots__": ("a",), "method": lambda self: "m"})
d = Dyn()
d.a = 1
print(d.a, d.method(), hasattr(d, "__dict__"))
print(type("K", (), {"__qualname__": "Outer.K"}).__qualname__)
try:
    type("K", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)
