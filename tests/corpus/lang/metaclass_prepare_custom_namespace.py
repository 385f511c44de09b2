class DuplicateChecker(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)

class NoDupMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return DuplicateChecker()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.member_order = [k for k in ns if not k.startswith("__")]
        return cls

class Ok(metaclass=NoDupMeta):
    zeta = 1
    alpha = 2
    def mid(self):
        pass
print(Ok.member_order)
try:
    class Dup(metaclass=NoDupMeta):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)

class AutoNumber(dict):
    def __init__(self):
        super().__init__()
        self.counter = 0
    def __missing__(self, key):
        if key.startswith("__") or key in ("print",):
            raise KeyError(key)
        self.counter += 1
        self[key] = self.counter
        return self.counter

class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNumber()
class Color(metaclass=EnumMeta):
    RED
    GREEN
    BLUE
print(Color.RED, Color.GREEN, Color.BLUE)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return [1, 2]
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class KwPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"  __prepare__ kw={kw}")
        return {"injected": kw.get("value")}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class WithKw(metaclass=KwPrepare, value=99):
    pass
print(WithKw.injected, type(KwPrepare.__dict__["__prepare__"]).__name__)
print(type.__prepare__("N", ()), type(type.__prepare__()).__name__)
