def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case (a, b, *mid, z):
            return f"long: a={a} b={b} mid={mid} z={z}"

for s in [[], [1], (1, 2), [5, 1, 5], [0, 1, 2], [1, 2, 3, 4, 5], range(3), "ab", b"ab", {1: 2}]:
    print(repr(s), "->", shape(s))

def nested(p):
    match p:
        case [[x, y], [z, w]]:
            return x + y + z + w
        case [(a, b), *others]:
            return f"pair {a},{b} then {len(others)}"
        case [*_, [*inner]]:
            return f"ends with seq {inner}"
        case _:
            return "no match"
print(nested([[1, 2], [3, 4]]), nested([(1, 2), 3, 4]), nested([1, [2, 3]]), nested([1]))

class MySeq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
import collections.abc
collections.abc.Sequence.register(MySeq)
match MySeq(1, 2, 3):
    case [a, *b]:
        print("custom sequence:", a, b)

match [1, 2, 3]:
    case [1, *rest] if len(rest) == 5:
        print("no")
    case [1, *rest]:
        print("rest is list:", type(rest).__name__, rest)

def gen():
    yield 1
match gen():
    case [x]:
        print("generator matched?")
    case _:
        print("iterators are not sequences")
match (1, "two", 3.0):
    case (int(i), str(s), float(f)):
        print("typed:", i, s, f)
