class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class GrandChild(Child):
    __slots__ = ()

g = GrandChild()
g.a, g.b = 1, 2
print(g.a, g.b, hasattr(g, "__dict__"), GrandChild.__slots__)
print(sorted(k for k in vars(Child) if not k.startswith("__")), sorted(k for k in vars(Base) if not k.startswith("__")))
try:
    g.c = 3
except AttributeError as e:
    print(type(e).__name__, e)

class WithWeak:
    __slots__ = ("x", "__weakref__")
print("__weakref__" in dir(WithWeak), hasattr(WithWeak(), "__dict__"))

class DefaultViaClass:
    __slots__ = ("value",)
    def __init__(self, value=None):
        if value is not None:
            self.value = value
    def get(self):
        return getattr(self, "value", "unset")
print(DefaultViaClass(5).get(), DefaultViaClass().get())

class Mixed:
    __slots__ = ("s",)
    cls_attr = "shared"
m = Mixed()
m.s = "slot"
print(m.s, m.cls_attr)
try:
    m.cls_attr = "instance"
except AttributeError as e:
    print(type(e).__name__, e)

class DupInChild(Base):
    __slots__ = ("a",)
d = DupInChild()
d.a = "child slot shadows"
print(d.a, type(DupInChild.__dict__["a"]).__name__)

class SlotDescriptor:
    __slots__ = ("p", "q")
desc = SlotDescriptor.__dict__["p"]
print(type(desc).__name__, desc.__name__, desc.__objclass__.__name__)
obj = SlotDescriptor()
desc.__set__(obj, 10)
print(obj.p, desc.__get__(obj, SlotDescriptor))
try:
    class BadSlots:
        __slots__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class DictSlots:
    __slots__ = {"k1": "doc one", "k2": "doc two"}
print(DictSlots.k1.__doc__, list(DictSlots.__slots__))
class Empty:
    __slots__ = []
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
