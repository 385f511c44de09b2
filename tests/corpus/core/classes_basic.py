class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def greet(self):
        return "hello " + self.name
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def util(x):
        return x * 2
    @property
    def upper(self):
        return self.name.upper()
    def __repr__(self):
        return "Base(%r)" % self.name

class Child(Base):
    def greet(self):
        return super().greet() + "!"
    def __eq__(self, other):
        return isinstance(other, Child) and other.name == self.name

b = Base("a")
c = Child.make("b")
print(b.greet(), c.greet(), Base.util(4), c.upper, Base.count)
print(repr(b), c == Child("b"), c != Child("x"))
print(type(c).__name__, Child.__mro__ == (Child, Base, object), Child.__qualname__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}

class WithMeta(metaclass=Meta, tag="T"):
    x = 1

print(WithMeta.tag, WithMeta.prepared, type(WithMeta).__name__)

class Outer:
    class Inner:
        def m(self):
            return __class__.__qualname__
    def f(self):
        def g():
            return 1
        return g.__qualname__
print(Outer.Inner().m(), Outer().f(), Outer.Inner.__qualname__)

class Priv:
    def __init__(self):
        self.__secret = 5
    def get(self):
        return self.__secret
p = Priv()
print(p.get(), p._Priv__secret)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)

def deco(fn):
    def wrapper(*a, **k):
        return ("decorated", fn(*a, **k))
    return wrapper

@deco
def plain(x):
    return x + 1
print(plain(1))

class A:
    def __init_subclass__(cls, **kw):
        cls.registered = True
class B(A):
    pass
print(B.registered)
print(Base.__doc__, Base.greet.__name__, Base.greet.__qualname__)

class Dyn:
    pass
d = Dyn()
d.x = 5
print(d.x, d.__dict__)
del d.x
print(hasattr(d, "x"))
class Ann:
    x: int = 3
    y: str
print(Ann.__annotations__, Ann.x)
