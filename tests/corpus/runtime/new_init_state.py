class A:
    def __init__(self, x): self.x = x; self.l = [1, 2]
a = A(3)
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 1
print(a.__getstate__(), s.__getstate__())
class Cls:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(Cls[int])
class WithNew:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.args = args
        return o
print(WithNew(1, 2).args)
class Base:
    def __init__(self, *a, **k): self.a = a
class Derived(Base):
    def __init__(self, *a):
        super().__init__(*a, z=1)
print(Derived(1, 2).a)
print(type.__call__(A, 5).x, object.__new__(A).__class__.__name__)
try:
    object.__new__(int)
except TypeError as e: print(e)
try:
    int.__new__(object)
except TypeError as e: print(e)
try:
    object.__new__(1)
except TypeError as e: print(e)
class X: pass
print(X.__init__ is object.__init__, X().__init__.__self__.__class__.__name__ if False else "ok")
print(object.__eq__(1, 1), object.__ne__(a, a), a.__eq__(a), a.__ne__(1))
print(X.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9) != 0)
print(X.__weakref__.__name__ if hasattr(X, '__weakref__') else None)
