class InterfaceMeta(type):
    def __new__(mcls, name, bases, ns):
        required = ns.get("__required__", ())
        for base in bases:
            for method in getattr(base, "__required__", ()):
                if method not in ns:
                    raise TypeError(f"{name} must define {method}()")
        print(f"created {name}")
        return super().__new__(mcls, name, bases, ns)

class Shape(metaclass=InterfaceMeta):
    __required__ = ("area", "perimeter")

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

sq = Square(3)
print(sq.area(), sq.perimeter())
try:
    class Blob(Shape):
        def area(self):
            return 0
except TypeError as e:
    print("caught:", e)

class Circle(Shape):
    def perimeter(self):
        return 6.28
