class LoggingDict(dict):
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            print(f"  namespace[{key!r}] = {value!r}")
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"__prepare__({name!r}, {[b.__name__ for b in bases]}, {kw})")
        return LoggingDict()

    def __new__(mcls, name, bases, ns, **kw):
        print(f"__new__({name!r}) ns type={type(ns).__name__}")
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print(f"__init__({name!r}, kw={kw})")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print(f"__call__ {cls.__name__}{args}")
        inst = super().__call__(*args, **kwargs)
        print("  instance made")
        return inst

class Base(metaclass=Meta, flavor="vanilla"):
    a = 1
    b = "two"
    def __init__(self, v):
        print("  Base.__init__", v)
        self.v = v

print("--- subclass")
class Child(Base):
    c = [3]

print("--- instances")
obj = Child(42)
print(obj.v, Child.created_by, type(Child).__name__)
print(type(Base) is Meta, isinstance(Child, Meta))

class Meta2(type):
    pass
class Other(metaclass=Meta2):
    pass
try:
    class Mixed(Base, Other):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class One(metaclass=SingletonMeta):
    def __init__(self, x):
        self.x = x
print(One(1).x, One(2).x, One(1) is One(3))
