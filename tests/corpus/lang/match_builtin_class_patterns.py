def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(0):
            return "int zero"
        case int():
            return "positive int"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str of len {len(s)}"
        case bytes(b) | bytearray(b):
            return f"binary {bytes(b)!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair tuple {a},{b}"
        case dict({"id": ident}):
            return f"dict with id {ident}"
        case set() | frozenset():
            return f"set of {len(x)}"
        case None:
            return "None"
        case type():
            return f"a class {x.__name__}"
        case _:
            return f"other {type(x).__name__}"

for v in [True, -3, 0, 9, 1.5, "", "abc", b"x", bytearray(b"y"), [4, 5], [], (1, 2), (1, 2, 3),
          {"id": 7}, {"x": 1}, {1, 2}, frozenset(), None, int, 2j]:
    print(repr(v), "->", kind(v))

class MyInt(int):
    pass
print(kind(MyInt(5)), kind(MyInt(-5)))
class MyStr(str):
    __match_args__ = ("upper_form",)
    @property
    def upper_form(self):
        return self.upper()
match MyStr("abc"):
    case MyStr(u):
        print("custom match_args on str subclass:", u)
match MyStr("x"):
    case str(s):
        print("str() self-match on subclass:", repr(s), type(s).__name__)
