class SetOnly:
    def __set__(self, obj, value):
        print(f"  SetOnly.__set__({value!r})")
        obj.__dict__["v"] = value * 2

class Holder:
    v = SetOnly()

h = Holder()
print(type(h.v).__name__)
h.v = 5
print(h.v, h.__dict__)
del h.__dict__["v"]
print(type(h.v).__name__)

class OwnerAware:
    def __get__(self, obj, owner):
        return f"owner={owner.__name__} obj={'yes' if obj is not None else 'no'}"
class Base:
    d = OwnerAware()
class Derived(Base):
    pass
print(Base.d, Derived.d, Derived().d)

class DeleteOnly:
    def __delete__(self, obj):
        print("  DeleteOnly.__delete__")
class H2:
    x = DeleteOnly()
h2 = H2()
del h2.x
try:
    h2.x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class GetSet:
    def __init__(self):
        self.store = {}
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.store.get(id(obj) if False else obj.key, "default")
    def __set__(self, obj, value):
        self.store[obj.key] = value
class Keyed:
    val = GetSet()
    def __init__(self, key):
        self.key = key
a, b = Keyed("a"), Keyed("b")
a.val = 1
print(a.val, b.val, sorted(Keyed.val.store.items()))

class DescOnMeta:
    def __get__(self, obj, owner):
        return f"meta-level descriptor for {obj.__name__}"
class Meta(type):
    info = DescOnMeta()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.info)
try:
    WithMeta().info
except AttributeError as e:
    print(type(e).__name__, e)
