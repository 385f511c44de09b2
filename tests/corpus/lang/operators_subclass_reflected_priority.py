class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return f"Base.__add__({type(other).__name__})"
    def __radd__(self, other):
        return f"Base.__radd__({type(other).__name__})"
    def __lt__(self, other):
        return f"Base.__lt__"
    def __gt__(self, other):
        return f"Base.__gt__"

class Child(Base):
    def __radd__(self, other):
        return f"Child.__radd__({type(other).__name__})"
    def __gt__(self, other):
        return "Child.__gt__"

class ChildNoOverride(Base):
    pass

print(Base(1) + Child(2))
print(Base(1) + ChildNoOverride(2))
print(Child(1) + Base(2))
print(Base(1) < Child(2))
print(Base(1) < ChildNoOverride(2))
print(1 + Child(1), 1 + Base(1))

class MyInt(int):
    def __radd__(self, other):
        return f"MyInt.__radd__({other})"
    def __rsub__(self, other):
        return NotImplemented
print(5 + MyInt(3))
print(5 - MyInt(3))
print(MyInt(3) + 5)

class MyFloat(float):
    def __rmul__(self, other):
        return "MyFloat.__rmul__ wins over int.__mul__"
print(2 * MyFloat(1.5))

class MyList(list):
    def __radd__(self, other):
        return "MyList.__radd__"
print([1] + MyList([2]))
class MyStr(str):
    def __radd__(self, other):
        return "MyStr.__radd__"
    def __eq__(self, other):
        return "MyStr.__eq__"
    __hash__ = str.__hash__
print("a" + MyStr("b"), "a" == MyStr("a"))
