class EvenMeta(type):
    def __instancecheck__(cls, obj):
        print(f"  __instancecheck__({obj!r})")
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        print(f"  __subclasscheck__({sub.__name__})")
        return sub in (int, bool)

class Even(metaclass=EvenMeta):
    pass

print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even))
print(issubclass(bool, Even), issubclass(str, Even))
print(isinstance(2, (str, Even)))
e = Even.__new__(Even)
print(isinstance(e, Even))

class Duck:
    def quack(self):
        return "quack"
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
class Quacker(metaclass=DuckMeta):
    pass
print(isinstance(Duck(), Quacker), isinstance(1, Quacker))

for args in [(1, 5), (1, (int, 5)), (1, [int])]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, int), (int, 1), (int, (1,))]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, type(None)))
print(isinstance(True, (((int,),),)), issubclass(int, ()), isinstance(1, ()))

class Raising(type):
    def __instancecheck__(cls, obj):
        raise ValueError("check failed")
class R(metaclass=Raising):
    pass
try:
    isinstance(1, R)
except ValueError as e:
    print(type(e).__name__, e)
r = R()
print("exact type short-circuits:", isinstance(r, R))
