class ReverseMeta(type):
    def mro(cls):
        default = super().mro()
        print(f"  mro() called for {cls.__name__}")
        return [default[0]] + list(reversed(default[1:-1])) + [object]

class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"

class C(A, B, metaclass=ReverseMeta):
    pass

print([k.__name__ for k in C.__mro__])
print(C().who())

class Extra:
    def extra(self):
        return "injected"
class InjectMeta(type):
    def mro(cls):
        return [cls, Extra, *super().mro()[1:]]
class D(metaclass=InjectMeta):
    pass
print([k.__name__ for k in D.__mro__], D().extra(), issubclass(D, Extra), isinstance(D(), Extra))

class BadMro(type):
    def mro(cls):
        return [cls, 5]
try:
    class E(metaclass=BadMro):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Counter(type):
    calls = 0
    def mro(cls):
        Counter.calls += 1
        return super().mro()
class G:
    pass
class F(G, metaclass=Counter):
    pass
before = Counter.calls
F.__bases__ = (A,)
print([k.__name__ for k in F.__mro__], Counter.calls - before)
try:
    F.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    F.__bases__ = (F,)
except TypeError as e:
    print(type(e).__name__, e)
