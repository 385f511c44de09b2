log = []
def note(msg, value=None):
    log.append(msg)
    return value

class Named:
    def __init__(self, label):
        self.label = label
    def __set_name__(self, owner, name):
        log.append(f"__set_name__ {name} ({self.label})")

def deco(tag):
    log.append(f"deco factory {tag}")
    def apply(obj):
        log.append(f"apply {tag} to {getattr(obj, '__name__', obj)}")
        return obj
    return apply

class Base:
    def __init_subclass__(cls, **kw):
        log.append(f"__init_subclass__ {cls.__name__}")

class Meta(type):
    def __new__(mcls, name, bases, ns):
        log.append(f"Meta.__new__ {name} keys={[k for k in ns if not k.startswith('__')]}")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, *a):
        log.append(f"Meta.__init__ {cls.__name__}")

def base_expr():
    log.append("bases evaluated")
    return Base

@deco("class-level")
class Demo(base_expr(), metaclass=note("metaclass kw evaluated", Meta)):
    note("body start")
    first = Named("one")
    @deco("method")
    def method(self):
        pass
    second = Named("two")
    note("body end")

for entry in log:
    print(entry)
