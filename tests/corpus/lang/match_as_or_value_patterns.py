class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

def name(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE as cool:
            return f"cool ({cool})"
        case _:
            return "unknown"
print([name(c) for c in ["red", "green", "blue", "pink"]])

def classify(v):
    match v:
        case [1, 2] | [3, 4] as pair:
            return f"special pair {pair}"
        case (int() | float()) as n if n < 0:
            return f"negative {n}"
        case [int() as a, (str() | bytes()) as b]:
            return f"int {a} and text {b!r}"
        case {"k": [1, *_] as lst}:
            return f"mapping with list {lst}"
        case ((0 | 1) as bit):
            return f"bit {bit}"
        case _:
            return "nothing"

for v in [[1, 2], (3, 4), -2, -0.5, [7, "x"], [7, b"y"], {"k": [1, 9]}, 0, 1, 5]:
    print(repr(v), "->", classify(v))

def default_capture(x):
    match x:
        case [a, b] if a > b:
            result = "desc"
        case [a, b]:
            result = "asc"
        case _:
            a = b = None
            result = "other"
    return result, a, b
print(default_capture([2, 1]), default_capture([1, 2]), default_capture(3))

def guard_side_effects(x):
    calls = []
    def g(tag):
        calls.append(tag)
        return False
    match x:
        case int() if g("int"):
            pass
        case _ if g("wild"):
            pass
        case _:
            pass
    return calls
print(guard_side_effects(1), guard_side_effects("s"))
try:
    compile("match x:\n    case 1 as _:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
