class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(obj):
    match obj:
        case 0 | 1:
            return "small int"
        case int(n) if n > 100:
            return f"big int {n}"
        case int():
            return "int"
        case str() as s:
            return "str " + s
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"list first={first} rest={rest}"
        case {"kind": "circle", "r": r}:
            return f"circle {r}"
        case {"kind": k, **others}:
            return f"kind {k} others={others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case None:
            return "none"
        case True:
            return "true"
        case (a, b, c):
            return f"triple {a}{b}{c}"
        case _:
            return "other"

for v in [0, 1, 500, 7, "hi", [1, 2], [1, 2, 3], (4, 5, 6), {"kind": "circle", "r": 2},
          {"kind": "sq", "side": 3}, Point(0, 0), Point(2, 2), Point(1, 3), None, True, 2.5, ()]:
    print(describe(v))

match 5:
    case x:
        print("captured", x)
print(x)
def color(c):
    match c:
        case "red" | "green" as col:
            return col.upper()
        case _:
            return "?"
print(color("red"), color("blue"))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
