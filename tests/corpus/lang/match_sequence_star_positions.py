def where_star(seq):
    match seq:
        case [*init, "end"]:
            return f"ends with 'end', init={init}"
        case ["start", *rest]:
            return f"starts with 'start', rest={rest}"
        case [a, *mid, b] if mid:
            return f"middle {mid} between {a} and {b}"
        case [*everything]:
            return f"everything {everything}"

for s in (["a", "end"], ["start", 1, 2], [1, 2, 3, 4], [1, 2], [], ("start",), ["end"]):
    print(repr(s), "->", where_star(s))

def lengths(seq):
    match seq:
        case [_]:
            return 1
        case [_, _]:
            return 2
        case [_, _, _, *_]:
            return "3+"
        case []:
            return 0
print([lengths(x) for x in ([], [1], [1, 2], [1, 2, 3], list(range(9)))])

def not_sequences(v):
    match v:
        case [*_]:
            return "sequence"
        case _:
            return "not a sequence"
for v in ["str", b"bytes", bytearray(b"ba"), {1, 2}, {1: 2}, iter([1]), (1,), range(2), memoryview(b"m")]:
    print(type(v).__name__, not_sequences(v))

def nested_star(v):
    match v:
        case [[*a], [*b]]:
            return a + b
        case [(x, *_), *_]:
            return x
print(nested_star([[1, 2], [3]]), nested_star([(9, 8), 7]))
match [1, 2, 3]:
    case [1, *_, 3] as whole:
        print("as binds whole:", whole)
