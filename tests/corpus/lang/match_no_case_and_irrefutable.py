def try_match(value):
    result = "no case matched"
    match value:
        case [1, 2]:
            result = "list 1,2"
        case {"a": 1}:
            result = "dict a=1"
    return result

for v in ([1, 2], {"a": 1, "b": 2}, "text", None, (1, 2, 3)):
    print(repr(v), "->", try_match(v))

def irrefutable_last(v):
    match v:
        case (x, y):
            return f"pair {x} {y}"
        case whatever:
            return f"fallback captured {whatever!r}"
print(irrefutable_last((1, 2)), irrefutable_last("xyz"))

def wildcard_or_capture(v):
    match v:
        case [_, _, *_]:
            return "at least two"
        case [*_]:
            return "short sequence"
        case _:
            return "not a sequence"
print([wildcard_or_capture(v) for v in ([1, 2, 3], [1], [], "ab", 5)])

def or_with_capture(v):
    match v:
        case (1, x) | (2, x) | (x, 3):
            return f"x={x}"
        case _:
            return "none"
print([or_with_capture(v) for v in ((1, "a"), (2, "b"), ("c", 3), (4, 4))])

for src in [
    "match x:\n    case (1, y) | (2, z):\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case *a:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
