class Base:
    def __init__(self, **kwargs):
        print(f"  Base.__init__ leftover={kwargs}")
        super().__init__(**kwargs)

class Named(Base):
    def __init__(self, name, **kwargs):
        print(f"  Named.__init__ name={name}")
        self.name = name
        super().__init__(**kwargs)

class Aged(Base):
    def __init__(self, age, **kwargs):
        print(f"  Aged.__init__ age={age}")
        self.age = age
        super().__init__(**kwargs)

class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("  Person.__init__")
        super().__init__(**kwargs)
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"

print([c.__name__ for c in Person.__mro__])
p = Person(name="ann", age=30)
print(p)
try:
    Person(name="bob", age=1, extra=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Person(name="cy")
except TypeError as e:
    print(type(e).__name__, e)

class LoggingMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class Service(LoggingMixin, Named):
    pass
s = Service(name="svc")
print(s.log("started"), s.name)

class A:
    def __init__(self):
        print("  A init")
        self.trail = ["A"]
class B(A):
    def __init__(self):
        print("  B init (does not call super)")
        self.trail = ["B"]
class C(B, A):
    def __init__(self):
        super().__init__()
        self.trail.append("C")
print(C().trail)
