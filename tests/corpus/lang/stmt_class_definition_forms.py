class A: pass
class B(): pass
class C(object): pass
class D(A, B): pass
bases = (C,)
class E(*bases): pass
kw = {"metaclass": type}
class F(A, **kw): pass
print([k.__name__ for k in (A, B, C, D, E, F)])
print([b.__name__ for b in D.__bases__], E.__bases__[0].__name__, type(F).__name__)

def make_class(name, base=object):
    class Made(base):
        pass
    Made.__name__ = name
    return Made
X = make_class("X")
Y = make_class("Y", X)
print(X.__name__, Y.__name__, Y.__mro__[1].__name__, Y.__qualname__)

class WithDoc:
    """docstring"""
    attr = 1
print(WithDoc.__doc__, WithDoc.__dict__["attr"], "__module__" in WithDoc.__dict__)

class Expressions:
    a = 1 + 2
    b = [a] * 2
    if a > 2:
        c = "conditional attr"
    for i in range(3):
        last = i
    del i
    while False:
        pass
    with open.__class__ if False else type("CM", (), {"__enter__": lambda s: 5, "__exit__": lambda s, *a: None})() as entered:
        pass
    try:
        d = 1 / 0
    except ZeroDivisionError:
        d = "handled in class body"
print(Expressions.a, Expressions.b, Expressions.c, Expressions.last, Expressions.entered, Expressions.d)
print(hasattr(Expressions, "i"))

for bad in [(1,), ("str",), (int, bool)]:
    try:
        type("Bad", bad, {})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
