import builtins
def body(ns_unused=None):
    pass

def make_body():
    def class_body():
        x = 1
        def method(self):
            return "method called"
    return class_body

Made = builtins.__build_class__(make_body(), "Made")
print(Made.__name__, Made.__qualname__, hasattr(Made, "x"), hasattr(Made, "method"), type(Made).__name__)

class Base:
    pass
Child = __build_class__(lambda: None, "Child", Base)
print(Child.__name__, Child.__bases__, issubclass(Child, Base))

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"  Meta.__new__ {name} kw={kw}")
        return super().__new__(mcls, name, bases, ns)
WithMeta = __build_class__(lambda: None, "WithMeta", metaclass=Meta, flag=1) if False else None
print(WithMeta)
for args in [(), (lambda: None,), (5, "X"), (lambda: None, 5)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print(type(e).__name__, e)
log = []
original = builtins.__build_class__
def tracing(func, name, *bases, **kw):
    log.append(name)
    return original(func, name, *bases, **kw)
builtins.__build_class__ = tracing
class Traced:
    pass
class AlsoTraced(Traced):
    pass
builtins.__build_class__ = original
class NotTraced:
    pass
print(log, Traced.__name__, AlsoTraced.__bases__[0].__name__)
