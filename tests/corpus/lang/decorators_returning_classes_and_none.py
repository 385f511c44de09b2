def to_class(fn):
    class Wrapped:
        __name__ = fn.__name__
        def __call__(self, *a):
            return f"class-wrapped {fn(*a)}"
        def __repr__(self):
            return f"<Wrapped {fn.__name__}>"
    return Wrapped()

@to_class
def compute(x):
    return x * 2
print(compute(21), repr(compute), type(compute).__name__)

def register_only(registry):
    def deco(fn):
        registry.append(fn.__name__)
    return deco
reg = []
@register_only(reg)
def a(): pass
@register_only(reg)
def b(): pass
print(reg, a, b)

def replace_with_value(fn):
    return fn()
@replace_with_value
def table():
    return {i: i ** 2 for i in range(4)}
print(table)

def singleton_instance(cls):
    return cls()
@singleton_instance
class settings:
    debug = False
    def toggle(self):
        self.debug = not self.debug
        return self.debug
print(settings.toggle(), settings.toggle(), type(settings).__name__)

def decorate_with_attrs(**attrs):
    def deco(obj):
        for k, v in attrs.items():
            setattr(obj, k, v)
        return obj
    return deco
@decorate_with_attrs(version=2, author="me")
class Tool:
    pass
@decorate_with_attrs(route="/x")
def view():
    return "v"
print(Tool.version, Tool.author, view.route, view())
decorators = [lambda f: f, decorate_with_attrs(tag=1)]
@decorators[1]
@(lambda f: f)
def expr_deco():
    return "expression decorators allowed"
print(expr_deco(), expr_deco.tag)
