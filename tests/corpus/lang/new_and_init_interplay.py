class Tracker:
    def __new__(cls, *args, **kwargs):
        print(f"__new__({cls.__name__}, {args}, {kwargs})")
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, value, tag=None):
        print(f"__init__(value={value}, tag={tag})")
        self.value = value

t = Tracker(1, tag="x")
print(t.created, t.value)

class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())

class ReturnsSubclass:
    def __new__(cls):
        return object.__new__(Child)
    def __init__(self):
        print("  init runs for subclass instance:", type(self).__name__)
class Child(ReturnsSubclass):
    pass
print(type(ReturnsSubclass()).__name__)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

class NoInit:
    pass
for call in [lambda: NoInit(1), lambda: object(1), lambda: NoInit(a=1), lambda: object.__new__(5), lambda: object.__new__(int)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

class OnlyNew:
    def __new__(cls, x):
        inst = super().__new__(cls)
        inst.x = x
        return inst
print(OnlyNew(9).x)
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(8).x)
try:
    object.__new__(OnlyInit, 1)
except TypeError as e:
    print(type(e).__name__, e)

class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        print("  tuple subclass init", a, b)
im = Immutable(1, 2)
print(im, type(im).__name__, len(im))

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("shout")
print(u, repr(u), type(u).__name__, u + "!", type(u + "!").__name__)
