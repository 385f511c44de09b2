class Plugin:
    registry = []
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry.append(cls.key)
        print(f"registered {cls.__name__} as {cls.key!r}")

class CsvPlugin(Plugin, key="csv"):
    pass
class JsonPlugin(Plugin):
    pass
class Nested(CsvPlugin, key="nested"):
    pass
print(Plugin.registry)
print(CsvPlugin.key, Nested.key)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(object, extra=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        print(f"__set_name__ owner={owner.__name__} name={name}")
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v

class Record:
    title = Field("untitled")
    count = Field(0)
r = Record()
print(r.title, r.count)
r.count = 5
print(r.count, Record.title.owner, Record.count.name)

late = Field("late")
Record.late = late
print(hasattr(late, 'name'))

class Broken:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot bind {name}")
try:
    class Holder:
        attr = Broken()
except Exception as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__ if e.__cause__ else None)

class Counted:
    def __init_subclass__(cls):
        cls.depth = len(cls.__mro__) - 2
class L1(Counted): pass
class L2(L1): pass
print(L1.depth, L2.depth)
