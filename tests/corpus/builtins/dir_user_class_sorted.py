class Base:
    base_attr = 1
    def base_method(self):
        pass

class Widget(Base):
    """A widget."""
    size = 3
    _private = 0
    __mangled = 1
    def __init__(self):
        self.instance_attr = "i"
    def render(self):
        pass
    @property
    def prop(self):
        return 1
    @staticmethod
    def static():
        pass

w = Widget()
print([n for n in dir(w) if not n.startswith("__")])
print([n for n in dir(Widget) if not n.startswith("__")])
print([n for n in dir(Base) if not n.startswith("__")])
dunders = [n for n in dir(w) if n.startswith("__")]
print(len(dunders) > 20, "__init__" in dunders, "__dict__" in dunders, "__weakref__" in dunders, "__module__" in dunders)
print(dir(w) == sorted(dir(w)), len(dir(w)) == len(set(dir(w))))
print([n for n in dir(object()) if not n.startswith("__")], len(dir(object())) > 20)
class WithDir:
    def __dir__(self):
        return ["b", "a", "c", "a"]
print(dir(WithDir()), dir(WithDir)[:1] if False else "class dir not affected")
class Slots:
    __slots__ = ("x", "y")
print([n for n in dir(Slots()) if not n.startswith("__")])
print([n for n in dir(type) if n in ("mro", "__subclasses__", "__prepare__")])
def local_scope():
    a = 1
    b = 2
    return dir()
print(local_scope())
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def meta_method(cls):
        pass
class WithMeta(metaclass=Meta):
    own = 1
print("meta_method" in dir(WithMeta), "own" in dir(WithMeta), "meta_method" in dir(Meta))
