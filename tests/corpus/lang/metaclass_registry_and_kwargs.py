class RegistryMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, /, abstract=False, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        if not abstract:
            mcls.registry[name.lower()] = cls
        cls.abstract = abstract
        return cls
    def __init__(cls, name, bases, ns, /, **kwargs):
        super().__init__(name, bases, ns)
    def create(cls, kind, *args):
        return cls.registry[kind](*args)

class Handler(metaclass=RegistryMeta, abstract=True):
    def __init__(self, payload):
        self.payload = payload
    def __repr__(self):
        return f"{type(self).__name__}({self.payload!r})"

class Json(Handler):
    pass
class Xml(Handler):
    pass
class Yaml(Json):
    pass

print(sorted(RegistryMeta.registry))
print(Handler.abstract, Json.abstract)
print(Handler.create("xml", "<a/>"), Handler.create("yaml", "a: 1"))
try:
    Handler.create("csv", "")
except KeyError as e:
    print(type(e).__name__, e)

class InitSubclassAndMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"  meta __new__ {name} kw={kw}")
        return super().__new__(mcls, name, bases, ns, **kw)

class Root(metaclass=InitSubclassAndMeta):
    def __init_subclass__(cls, flag=None, **kw):
        print(f"  __init_subclass__ {cls.__name__} flag={flag}")
        super().__init_subclass__(**kw)

class Leaf(Root, flag="on"):
    pass
print(type(Leaf).__name__, Leaf.__mro__[1].__name__)
try:
    class Bad(Root, flag=1, other=2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
