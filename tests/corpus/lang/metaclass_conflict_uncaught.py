class MetaA(type):
    def __new__(mcls, name, bases, ns):
        print(f"MetaA creating {name}")
        return super().__new__(mcls, name, bases, ns)

class MetaB(type):
    def __new__(mcls, name, bases, ns):
        print(f"MetaB creating {name}")
        return super().__new__(mcls, name, bases, ns)

class MetaAB(MetaA, MetaB):
    pass

class A(metaclass=MetaA):
    pass
class B(metaclass=MetaB):
    pass
class AB(A, B, metaclass=MetaAB):
    pass
print(type(AB).__name__, [c.__name__ for c in type(AB).__mro__])

class A2(A):
    pass
print(type(A2).__name__)

class Derived(A, metaclass=type):
    pass
print("derived metaclass:", type(Derived).__name__)

class Conflict(A, B):
    pass
