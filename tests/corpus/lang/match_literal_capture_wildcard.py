def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true singleton"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case b"raw":
            return "bytes"
        case other if isinstance(other, str) and other.startswith("x"):
            return f"x-string {other!r}"
        case _:
            return f"other {x!r}"

for v in [0, 1, 3, "hello", True, None, -1, 1.5, 2j, b"raw", "xyz", "abc", 1.0, False, 0.0, []]:
    print(repr(v), "->", describe(v))

def capture(x):
    match x:
        case n if n > 100:
            return ("big", n)
        case n:
            return ("any", n)
print(capture(500), capture(5))

match 42:
    case value:
        pass
print("capture leaks into scope:", value)

try:
    compile("match x:\n    case a:\n        pass\n    case 1:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("match x:\n    case a | b:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("match x:\n    case [a, a]:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
match = "match is a soft keyword"
case = 5
print(match, case)
