class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def m(self):
        return self.v + self.x
    @property
    def p(self):
        return self.v * 2
    @p.setter
    def p(self, val):
        self.v = val // 2
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(a, b=3):
        return a + b
    def __repr__(self):
        return f"A({self.v})"

class B(A):
    def m(self):
        return super().m() * 10
    def __eq__(self, o):
        return isinstance(o, B) and o.v == self.v

a = A(5)
print(a.m(), a.p, A.c(), a.c(), A.s(1), a.s(1, 2))
a.p = 10
print(a.v, a)
b = B(2)
print(b.m(), B.c(), B.__mro__, B.__bases__, B.__base__)
print(b == B(2), b != B(2), b == 1, B.__hash__)
print(type(a), type(A), type(type), A.__name__, A.__qualname__, A.__module__)
print(isinstance(b, A), issubclass(B, A), issubclass(A, B))
print(A.__dict__['x'], 'm' in A.__dict__, type(A.__dict__).__name__)
print(vars(a))
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
try:
    s.c = 2
except AttributeError as e:
    print("AE", e)
try:
    s.b
except AttributeError as e:
    print("AE", e)
print(S.a, hasattr(s, '__dict__'))
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns['added'] = kw.get('flag', 0)
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *args):
        print("M.__call__", cls.__name__, args)
        return super().__call__(*args)
class C(metaclass=M, flag=7):
    def __init__(self, q=0):
        self.q = q
c = C(4)
print(C.added, c.q, type(C).__name__)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class D(Base, tag=1): pass
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
    def __get__(self, obj, t=None):
        return ("get", obj is None)
class E:
    d = Desc()
print(E.d, E().d)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2)
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
print(a.__class__, a.__dict__, A.__doc__)
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, z=6))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames, f.__code__.co_argcount)
try:
    f()
except TypeError as e:
    print(e)
print(str(ValueError("x")), repr(KeyError("k")), str(KeyError("k")))
try:
    raise OSError(2, "No such file or directory", "/nope")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    [].foo
except AttributeError as e:
    print(e, e.name, e.obj)
e = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(e, e.exceptions, e.split(ValueError))
print(1 + 2.5, 2 ** 100, 7 // 2, -7 % 3, 1 / 3, 3 * "ab", [1] * 2, (1, 2) + (3,))
print(super(B, b).m(), super(B, b))
x = property(lambda self: 1)
print(type(x), x.fget is not None)
print(object.__repr__(a)[:11], object.__str__(a))
print(A.__subclasses__(), type.__subclasses__(A))
print(dir(a)[:3])
print(type('X', (A,), {'y': 2})(3).m())
