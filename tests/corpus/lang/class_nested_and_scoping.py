class Outer:
    value = "outer-class-attr"
    class Inner:
        value = "inner-class-attr"
        def get(self):
            return self.value
        def get_outer(self):
            return Outer.value
        class Deep:
            pass
    def make_inner(self):
        return self.Inner()

o = Outer()
i = o.make_inner()
print(i.get(), i.get_outer(), Outer.Inner.Deep.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, type(i).__qualname__)
try:
    class Broken:
        x = 1
        class Nested:
            y = x
except NameError as e:
    print(type(e).__name__, e)

def build(kind):
    class Product:
        label = kind
        def describe(self):
            return f"{type(self).__qualname__} of {kind}"
    return Product
A, B = build("a"), build("b")
print(A().describe(), B().describe(), A is B, A.__qualname__)

class Registry:
    items = []
    class Item:
        def __init__(self, name):
            self.name = name
            Registry.items.append(name)
Registry.Item("x"); Registry.Item("y")
print(Registry.items)

class WithMethodsReferencingEachOther:
    def a(self):
        return "a->" + self.b()
    def b(self):
        return "b"
    c = a
print(WithMethodsReferencingEachOther().c(), WithMethodsReferencingEachOther.c.__name__)
class Enumish:
    RED, GREEN, BLUE = range(3)
    NAMES = {v: k for k, v in list(vars().items()) if k.isupper()}
print(Enumish.GREEN, sorted(Enumish.NAMES.items()))
