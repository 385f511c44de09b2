class Circle:
    def __init__(self, r):
        self._r = r
    def get_r(self):
        return self._r
    def set_r(self, v):
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    def del_r(self):
        print("  deleting radius")
        del self._r
    radius = property(get_r, set_r, del_r, "The radius.")
    area = property(lambda self: round(3.14159 * self._r ** 2, 2))
    @classmethod
    def unit(cls):
        return cls(1)
    @staticmethod
    def describe():
        return "a circle"

c = Circle(2)
print(c.radius, c.area, Circle.radius.__doc__, Circle.unit().radius, c.describe(), Circle.describe())
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 5
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, "_r"))
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
p2 = p.getter(lambda self: "got")
print(p2.fget is not None, p.fget is None, type(p2).__name__)
print(type(classmethod(len)).__name__, type(staticmethod(len)).__name__, staticmethod(len)("abc"))
print(classmethod(len).__func__ is len, staticmethod(abs).__func__ is abs)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Late:
    value = property(lambda self: "late value")
print(Late().value, isinstance(Late.value, property), callable(Late.value.fget))
