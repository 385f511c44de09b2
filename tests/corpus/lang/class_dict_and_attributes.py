class Base:
    "Base doc"
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def method(self):
        return self.name

class Derived(Base):
    extra = "x"

a, b = Base("a"), Derived("b")
print(sorted(k for k in Base.__dict__ if not k.startswith('__')))
print(sorted(Derived.__dict__.keys()))
print(a.__dict__, b.__dict__, Base.count)
a.shared.append(1)
print(b.shared, Base.shared is Derived.shared)
a.count = 100
print(a.count, b.count, Base.count, 'count' in a.__dict__)
del a.count
print(a.count)

Base.added_later = lambda self: f"added to {self.name}"
print(b.added_later())
print(Derived.__doc__, Base.__doc__, Derived.__bases__, Base.__bases__)
print(Derived.__name__, Derived.__qualname__, Derived.__module__)

a.__dict__['direct'] = 'set via dict'
print(a.direct)
a.__dict__ = {'name': 'replaced'}
print(a.name, a.method())
try:
    a.__dict__ = []
except TypeError as e:
    print(type(e).__name__, e)

print(type(Base.__dict__['method']).__name__, Base.method is Base.__dict__['method'])
setattr(Base, 'dyn', 5)
print(getattr(b, 'dyn'), hasattr(Derived, 'dyn'))
delattr(Base, 'dyn')
print(hasattr(b, 'dyn'))
try:
    del Derived.shared
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
Derived.__name__ = "Renamed"
print(Derived.__name__, Derived.__qualname__, b.__class__.__name__)
print(Base.__dict__['__doc__'], '__weakref__' in Base.__dict__, '__dict__' in Base.__dict__)
