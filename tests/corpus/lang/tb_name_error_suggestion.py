def compute_area(width, height):
    area = width * height
    return area

print(compute_area(3, 4))
try:
    print(compute_aera(3, 4))
except NameError as e:
    print(type(e).__name__, e, e.name)

def uses_local():
    counter = 10
    try:
        return countr + 1
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(uses_local())

try:
    lenn = None
    print(lne("abc"))
except NameError as e:
    print(type(e).__name__, e)

try:
    undefined_totally_xyz
except NameError as e:
    print(type(e).__name__, e)

class Shape:
    def __init__(self, sides):
        self.sides = sides
    def perimeter(self, length):
        return self.sides * length

s = Shape(4)
print(s.perimeter(2))
try:
    s.perimter(2)
except AttributeError as e:
    print(type(e).__name__, e, e.name)

def report(shape):
    total_sides = shape.sides
    return f"{totl_sides} sides"
print(report(s))
