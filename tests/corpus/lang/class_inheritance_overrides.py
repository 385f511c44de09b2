class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, "triangle")
        self.b, self.h = b, h
    def area(self):
        return 0.5 * self.b * self.h

shapes = [Rect(2, 3), Square(4), Triangle(3, 5)]
for s in shapes:
    print(repr(s), "->", s.describe())
print([type(s).__mro__[1].__name__ for s in shapes])
print(isinstance(shapes[1], Rect), issubclass(Square, Shape), Square.sides, Square.__base__.__name__)
try:
    Shape("abstract").describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Rect.area(Square(3)), Shape.describe(Square(2)))
print(Square.area is Rect.area, Square.__dict__.get('area'))
print(sorted(k for k in Square.__dict__ if not k.startswith('__')), sorted(vars(Square(1))))

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] += 1
c = Counter()
for ch in "mississippi":
    c.add(ch)
print(sorted(c.items()), c['z'], len(c))
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
st = Stack([1, 2])
st.push(3)
print(st, st.peek(), type(st[:2]).__name__, type(st + [4]).__name__, st == [1, 2, 3])
