class Interned(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls._cache = {}
    def __call__(cls, *args):
        if args in cls._cache:
            print(f"  cache hit {cls.__name__}{args}")
            return cls._cache[args]
        print(f"  creating {cls.__name__}{args}")
        obj = super().__call__(*args)
        cls._cache[args] = obj
        return obj

class Symbol(metaclass=Interned):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Symbol({self.name!r})"

a = Symbol("x")
b = Symbol("x")
c = Symbol("y")
print(a is b, a is c, a, c, len(Symbol._cache))

class Keyword(Symbol):
    pass
k = Keyword("x")
print(k is a, type(k).__name__, len(Keyword._cache), len(Symbol._cache))

class Validating(type):
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        missing = [f for f in getattr(cls, "required", ()) if not hasattr(inst, f)]
        if missing:
            raise TypeError(f"{cls.__name__} instance missing {missing}")
        return inst

class Record(metaclass=Validating):
    required = ("id", "name")
    def __init__(self, **kw):
        self.__dict__.update(kw)
print(vars(Record(id=1, name="r")))
try:
    Record(id=2)
except TypeError as e:
    print(type(e).__name__, e)

class NoInstances(type):
    def __call__(cls, *a):
        raise TypeError(f"{cls.__name__} is a namespace, not instantiable")
class Constants(metaclass=NoInstances):
    PI = 3.14
print(Constants.PI)
try:
    Constants()
except TypeError as e:
    print(type(e).__name__, e)
