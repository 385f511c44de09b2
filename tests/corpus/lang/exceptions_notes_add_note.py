e = ValueError("base")
print(hasattr(e, '__notes__'))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)

def parse(s):
    try:
        return int(s)
    except ValueError as err:
        err.add_note(f"while parsing {s!r}")
        raise

for s in ["12", "x1"]:
    try:
        print(parse(s))
    except ValueError as err:
        print(type(err).__name__, err, err.__notes__)

e2 = KeyError("k")
e2.__notes__ = ["manual"]
e2.add_note("appended")
print(e2.__notes__)

e3 = TypeError()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)

def layered():
    try:
        {}['missing']
    except KeyError as err:
        err.add_note("layer 1: lookup")
        try:
            raise
        except KeyError as again:
            again.add_note("layer 2: re-raised")
            raise

try:
    layered()
except KeyError as err:
    print(repr(err), err.__notes__)

def final():
    err = RuntimeError("final failure")
    err.add_note("note one")
    err.add_note("note two\nwith second line")
    raise err
final()
