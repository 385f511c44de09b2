class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(cls):
    return [c.__name__ for c in cls.__mro__]

for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, names(cls))

print(Z.mro() == list(Z.__mro__))
print([b.__name__ for b in Z.__bases__], Z.__base__.__name__)

class Base:
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left>" + super().who()
class Right(Base):
    def who(self):
        return "Right>" + super().who()
class Diamond(Left, Right):
    def who(self):
        return "Diamond>" + super().who()
print(Diamond().who())
print(names(Diamond))

for bases in [(A, O), (K1, A), (O, O)]:
    try:
        type("Bad", bases, {})
        print("created with", [b.__name__ for b in bases])
    except TypeError as e:
        print(type(e).__name__, e)

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)

print(names(bool), names(type), names(object))
print(sorted(c.__name__ for c in O.__subclasses__()))
