def abstract(fn):
    fn.is_abstract = True
    return fn

class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = set()
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                if getattr(value, "is_abstract", False):
                    abstracts.add(attr)
                elif attr in abstracts:
                    abstracts.discard(attr)
        cls.abstract_methods = frozenset(abstracts)
        return cls
    def __call__(cls, *args, **kwargs):
        if cls.abstract_methods:
            names = ", ".join(sorted(cls.abstract_methods))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {names}")
        return super().__call__(*args, **kwargs)

class Storage(metaclass=AbstractMeta):
    @abstract
    def load(self, key): ...
    @abstract
    def save(self, key, value): ...
    def describe(self):
        return f"{type(self).__name__} storage"

class Partial(Storage):
    def load(self, key):
        return None

class Memory(Partial):
    def __init__(self):
        self.data = {}
    def save(self, key, value):
        self.data[key] = value
    def load(self, key):
        return self.data.get(key)

for cls in (Storage, Partial, Memory):
    print(cls.__name__, sorted(cls.abstract_methods))
    try:
        obj = cls()
        obj.save("k", "v")
        print("  ", obj.describe(), obj.load("k"))
    except TypeError as e:
        print("  ", type(e).__name__, e)

from abc import ABC, abstractmethod
class Real(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
try:
    Real()
except TypeError as e:
    print(type(e).__name__, e)
class Impl(Real):
    def run(self): return "run"
    def stop(self): return "stop"
print(Impl().run(), sorted(Real.__abstractmethods__), Impl.__abstractmethods__)
