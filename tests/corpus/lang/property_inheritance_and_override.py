class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        "The x value."
        return self._x
    @x.setter
    def x(self, v):
        print(f"  Base setter {v}")
        self._x = v

class OverrideGetter(Base):
    @Base.x.getter
    def x(self):
        return self._x * 100

class Plain(Base):
    x = 5

class NewProperty(Base):
    @property
    def x(self):
        return "read-only now"

for cls in (Base, OverrideGetter, Plain, NewProperty):
    obj = cls()
    try:
        obj.x = 7
        print(cls.__name__, "after set:", obj.x)
    except AttributeError as e:
        print(cls.__name__, type(e).__name__, e)

print(Base.x.__doc__, OverrideGetter.x.__doc__, type(Plain.x).__name__)

class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    perimeter = property(fget=lambda self: 2 * (self.w + self.h), doc="perimeter doc")
c = Computed(3, 4)
print(c.area, c.perimeter, Computed.perimeter.__doc__)

class MyProperty(property):
    def __get__(self, obj, cls=None):
        value = super().__get__(obj, cls)
        return value if obj is None else f"<{value}>"
class UsesMy:
    @MyProperty
    def name(self):
        return "wrapped"
print(UsesMy().name, type(UsesMy.name).__name__)

class DelOnly:
    def _del(self):
        print("  deleter called")
    thing = property(None, None, _del)
d = DelOnly()
del d.thing
try:
    d.thing
except AttributeError as e:
    print(type(e).__name__, e)

p = property(lambda s: 1)
p2 = p.setter(lambda s, v: None)
print(p is p2, p.fset, p2.fset is not None, p2.fget is p.fget)
