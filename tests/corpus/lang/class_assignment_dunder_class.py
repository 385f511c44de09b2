class A:
    def who(self):
        return "A"
    def __repr__(self):
        return f"<{type(self).__name__} instance>"
class B:
    def who(self):
        return "B"
    def __repr__(self):
        return f"<{type(self).__name__} instance>"

obj = A()
print(obj, obj.who(), obj.__class__.__name__)
obj.__class__ = B
print(obj, obj.who(), isinstance(obj, A), isinstance(obj, B))

for bad in [5, int, "B"]:
    try:
        obj.__class__ = bad
    except TypeError as e:
        print(type(e).__name__, e)

class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
s = S1()
try:
    s.__class__ = S2
except TypeError as e:
    print(type(e).__name__, e)

class S3:
    __slots__ = ('a',)
s.__class__ = S3
print(type(s).__name__)

try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)

class ModuleLikeCheck:
    pass
print(type(obj) is obj.__class__, obj.__class__.__class__.__name__)

class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(type(f).__name__, f.__class__.__name__, isinstance(f, int), isinstance(f, Fake))

class Base:
    pass
class Derived(Base):
    def extra(self):
        return "extra available"
b = Base()
b.__class__ = Derived
print(b.extra(), type(b).__mro__[1].__name__)
b.__class__ = Base
try:
    b.extra()
except AttributeError as e:
    print(type(e).__name__, e)
