class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
    def __repr__(self):
        return f"Adder({self.n})"

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10))
print(callable(add5), callable(Adder), callable(5), callable(len), callable(None))
print(list(map(add5, [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(-1)))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text = "str"
    text(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __call__(cls, *a):
        return f"Meta intercepted {cls.__name__}{a}"
class Intercepted(metaclass=Meta):
    pass
print(Intercepted(1, 2))

inst = NotCallable()
inst.__call__ = lambda: "instance attr"
try:
    inst()
except TypeError as e:
    print(type(e).__name__, e)
print(inst.__call__())

class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
    def __call__(self, *args):
        return f"{'.'.join(self.path)}{args}"
print(Chain().a.b.c(1, 2))

class CallViaClass:
    __call__ = staticmethod(lambda *a: ("static call", a))
print(CallViaClass()(1))
print(callable(CallViaClass()), callable(inst))
