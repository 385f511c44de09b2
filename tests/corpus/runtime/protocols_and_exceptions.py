class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o): return V(o + self.x + 1000)
    def __iadd__(self, o): self.x += 100; return self
    def __neg__(self): return V(-self.x)
    def __lt__(self, o): return self.x < o.x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return "V(%r)" % (self.x,)
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __call__(self, *a, **k): return ("called", a, k)
    def __index__(self): return 7
    def __bool__(self): return self.x != 0
print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(3), V(1) < V(2), V(2) < V(1))
v = V(1); v += 1; print(v)
print(sorted([V(3), V(1), V(2)]), V(1) == V(1), V(1) != V(2), {V(1): 'a'}[V(1)])
print(list(V(0)), len(V(0)), 10 in V(0), bool(V(0)), bool(V(1)), V(0)(1, k=2), [1,2,3,4,5,6,7,8,9][V(0)])
try:
    V(1) + "s"
except TypeError as e: print(e)
try:
    "s" + V(1)
except TypeError as e: print(e)
class W(V):
    def __radd__(self, o): return "W.radd"
print(V(1) + W(2))
try:
    V(1) < 3
except AttributeError as e: print(e)
class G:
    def __getattr__(self, name): return "dyn_" + name
g = G(); g.real = 1
print(g.real, g.other)
class GA:
    def __getattribute__(self, name):
        if name == "secret": return 42
        return object.__getattribute__(self, name)
ga = GA(); ga.y = 2
print(ga.secret, ga.y)
try: ga.z
except AttributeError as e: print(e)
class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
sa = SA(); sa.v = 3; print(sa.v); del sa.v
class DD:
    def __get__(self, obj, t): return "data"
    def __set__(self, obj, v): print("set", v)
class H:
    d = DD()
h = H(); h.d = 5; h.__dict__['d'] = 'inst'; print(h.d)
class P1: pass
class P2: pass
p = P1(); p.__class__ = P2; print(type(p).__name__)
try:
    p.__class__ = int
except TypeError as e: print(e)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
try:
    class K(metaclass=Meta, z=3):
        pass
except TypeError as e: print(e)
class K(metaclass=Meta):
    pass
print(K.injected)
try:
    class K2(x=1): pass
except TypeError as e: print(e)
class Pr:
    def __init__(self): self._x = 0
    @property
    def x(self): "the x"; return self._x
    @x.deleter
    def x(self): print("deleting")
pr = Pr(); del pr.x
print(Pr.x.__doc__)
try:
    pr.x = 5
except AttributeError as e: print(e)
class SD:
    __slots__ = ('a', '__dict__')
sd = SD(); sd.a = 1; sd.b = 2; print(sd.a, sd.b, sd.__dict__)
try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    raise KeyError("a", "b")
except KeyError as e: print(e, e.args)
e = ValueError(1); e.add_note("note1"); print(e.__notes__)
print(StopIteration(3).value, SystemExit(2).code, SystemExit().code)
print(ImportError("m", name="n", path="p").name, ImportError("m", name="n").msg)
try:
    ImportError(foo=1)
except TypeError as ex: print(ex)
print(repr(OSError(13, "denied")), type(OSError(13, "x")).__name__, OSError("plain"), OSError(1, 2, 3, 4, 5, 6).args)
print(type(None)(), type(NotImplemented).__name__, type(...)())
print(NameError("n", name="q").name, AttributeError("a", name="b", obj=1).obj)
se = SyntaxError("bad", ("f.py", 1, 2, "x = ", 1, 3)); print(se, se.lineno, se.offset, se.text, se.msg)
print(UnicodeEncodeError('ascii', 'ab\xe9', 2, 3, 'ordinal not in range(128)'))
print(BaseExceptionGroup("g", [KeyboardInterrupt()]).__class__.__name__)
eg = ExceptionGroup("x", [ValueError(1), ExceptionGroup("y", [TypeError(2), ValueError(3)])])
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(int.__dict__['__add__'] if '__add__' in int.__dict__ else 'noadd', type(int.__dict__).__name__)
print(object.__sizeof__(object()), type.__name__, type(type.__dict__['__name__']).__name__)
print((1).__class__, (1.5).__class__.__name__, "".__class__.__name__, None.__class__)
def deco(f): return f
class WithDoc:
    """doc here"""
print(WithDoc.__doc__, WithDoc().__doc__)
print(repr(super), super.__name__)
class Q:
class Q:
    def m(self): return "Q"
class R(Q):
    def m(self): return "R" + super(R, self).m()
print(R().m(), super(R, R).m is Q.m)
