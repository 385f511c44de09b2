cases = [
    Exception(),
    Exception("one"),
    Exception("one", "two"),
    Exception(1),
    Exception(None),
    Exception(""),
    Exception(("tuple",)),
    Exception([1, 2]),
    KeyError(),
    KeyError("key"),
    KeyError(1),
    KeyError("a", "b"),
    KeyError(""),
    ValueError("multi\nline"),
    UnicodeError("u"),
    StopIteration(),
    StopIteration(None),
    SystemExit(),
    SystemExit(0),
    SystemExit("bye"),
    AssertionError(),
    ZeroDivisionError("division by zero"),
]
for e in cases:
    print(f"{type(e).__name__:18} str={str(e)!r:28} repr={e!r}")

class Custom(Exception):
    pass
print(repr(Custom("x")), str(Custom(1, 2)), repr(Custom()))

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
print(repr(WithRepr("a")), str(WithRepr("a")), [WithRepr()])

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("str exploded")
try:
    str(BadStr())
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(BadStr("kept")))
print(f"{ValueError('fmt')}", "%s" % KeyError("k"), format(IndexError(3)))
