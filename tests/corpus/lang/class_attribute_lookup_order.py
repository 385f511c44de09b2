class DataDesc:
    def __get__(self, obj, cls):
        return "data descriptor"
    def __set__(self, obj, value):
        raise AttributeError("read-only data descriptor")
class NonDataDesc:
    def __get__(self, obj, cls):
        return "non-data descriptor"

class Base:
    inherited = "from Base"
    overridden = "Base version"
class Demo(Base):
    overridden = "Demo version"
    data = DataDesc()
    nondata = NonDataDesc()
    plain = "class attribute"
    def __getattr__(self, name):
        return f"__getattr__({name})"

d = Demo()
d.__dict__.update({"data": "instance dict", "nondata": "instance dict", "plain": "instance dict"})
print("data:", d.data)
print("nondata:", d.nondata)
print("plain:", d.plain)
print("inherited:", d.inherited, "| overridden:", d.overridden)
print("missing:", d.missing)
print("class level:", Demo.data, Demo.nondata, Demo.plain)
try:
    Demo.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Meta(type):
    meta_attr = "from metaclass"
    shadowed = "metaclass version"
class WithMeta(metaclass=Meta):
    shadowed = "class version"
print(WithMeta.meta_attr, WithMeta.shadowed)
try:
    WithMeta().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)

class MetaData(type):
    @property
    def prop(cls):
        return f"meta property on {cls.__name__}"
class UsesMetaProp(metaclass=MetaData):
    prop = "class dict value"
print(UsesMetaProp.prop, UsesMetaProp().prop)

class GetattrNotForDunders:
    def __getattr__(self, name):
        return lambda *a: f"fake {name}"
g = GetattrNotForDunders()
print(g.anything(), g.__len__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
