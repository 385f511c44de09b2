class Tools:
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
    plain = staticmethod(len)

print(Tools.add(1, 2), Tools().add(3, 4), Tools.plain("abcd"))
sm = Tools.__dict__["add"]
cm = Tools.__dict__["name"]
print(type(sm).__name__, type(cm).__name__, callable(sm), sm(5, 6))
print(sm.__func__.__name__, cm.__func__.__name__, sm.__wrapped__ is sm.__func__)
print(sm.__name__, sm.__qualname__, sm.__doc__)
print(cm.__get__(None, Tools)(), cm.__get__(Tools(), Tools)())

class Sub(Tools):
    pass
print(Sub.name(), Sub().name(), Sub.add(1, 1))

def f(x):
    "f doc"
    return x
s = staticmethod(f)
c = classmethod(f)
print(s(1), s.__doc__, c.__doc__, s.__isabstractmethod__ if hasattr(s, "__isabstractmethod__") else None)
try:
    c(1)
except TypeError as e:
    print(type(e).__name__, e)
bound = c.__get__(None, int)
print(bound(), bound.__self__)

class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
print(Counter.increment(), SubCounter.increment(), SubCounter.increment(), Counter.count, SubCounter.count)
print(staticmethod(1).__func__, classmethod(None).__func__)
print(isinstance(Tools.add, type(f)), isinstance(Tools.name, type(Tools().name)))
