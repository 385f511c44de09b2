class Field:
    def __init__(self):
        self.names = []
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.names.append((owner.__name__, name))
    def __get__(self, obj, cls):
        return self.names

shared = Field()
class A:
    first = shared
    second = shared
print(A.first, A.second is shared.names)

class B:
    third = shared
print(shared.names)

class NotDescriptorButSetName:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__name__}.{name}"
class C:
    attr = NotDescriptorButSetName()
print(C.attr.where, type(C.__dict__["attr"]).__name__)

class D:
    pass
late = Field()
D.late = late
print(late.names)
late.__set_name__(D, "late")
print(late.names)

class WithType:
    x = type("Dyn", (), {"__set_name__": lambda self, owner, name: print(f"  dyn set_name {name}")})()

class SetNameOnClassAttr:
    __set_name__ = "not callable"
try:
    class E:
        v = SetNameOnClassAttr()
except TypeError as e:
    print(type(e).__name__, e)

def make_ns():
    return {"p": Field(), "q": 5}
F = type("F", (), make_ns())
print(F.p)
class InstanceSetName:
    def __init__(self):
        self.__set_name__ = lambda o, n: print("instance attribute is not used")
class G:
    item = InstanceSetName()
print("instance-level __set_name__ ignored")
