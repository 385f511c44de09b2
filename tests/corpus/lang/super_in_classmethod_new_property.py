class Base:
    created = []
    def __new__(cls, *args):
        inst = super().__new__(cls)
        Base.created.append(cls.__name__)
        return inst
    def __init__(self, v):
        self.v = v
    @classmethod
    def kind(cls):
        return f"Base.kind({cls.__name__})"
    @property
    def label(self):
        return f"base-label-{self.v}"
    @staticmethod
    def helper():
        return "Base.helper"

class Child(Base):
    def __new__(cls, *args):
        print("  Child.__new__ delegating")
        return super().__new__(cls, *args)
    @classmethod
    def kind(cls):
        return "Child>" + super().kind()
    @property
    def label(self):
        return "child+" + super().label
    @staticmethod
    def helper():
        try:
            return super().helper()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"

c = Child(5)
print(c.v, Base.created)
print(Child.kind(), c.kind())
print(c.label)
print(Child.helper())
print(super(Child, c).label, super(Child, Child).kind())

class WithSetter(Base):
    @property
    def v2(self):
        return self._v2
    @v2.setter
    def v2(self, value):
        self._v2 = value * 2
class SetterChild(WithSetter):
    @WithSetter.v2.setter
    def v2(self, value):
        WithSetter.v2.fset(self, value + 1)
sc = SetterChild(0)
sc.v2 = 10
print(sc.v2)
try:
    super(SetterChild, sc).v2 = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(Base.created)
