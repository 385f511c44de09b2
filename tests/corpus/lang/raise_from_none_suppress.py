class LookupFailed(Exception):
    pass

table = {"a": 1, "b": 2}

def get(key):
    try:
        return table[key]
    except KeyError:
        raise LookupFailed(f"no entry for {key!r}") from None

print(get("a"), get("b"))
try:
    get("z")
except LookupFailed as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

e = ValueError("v")
e.__suppress_context__ = True
print(e.__suppress_context__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__))
try:
    e.__cause__ = "bad"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)

def inner():
    [1, 2, 3][10]

def outer():
    try:
        inner()
    except IndexError:
        raise LookupFailed("index lookup failed") from None

outer()
