def check(values):
    assert isinstance(values, list), f"expected list, got {type(values).__name__}"
    assert all(isinstance(v, int) for v in values), "all ints"
    assert len(values) == len(set(values)), f"duplicates: {sorted(v for v in set(values) if values.count(v) > 1)}"
    return sum(values)

for v in ([1, 2, 3], (1, 2), [1, "x"], [1, 2, 2, 3, 3], []):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)

x = 5
assert (x > 0), "parenthesized condition"
try:
    assert x < 0, ("tuple", "message", x)
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
try:
    assert x < 0, None
except AssertionError as e:
    print(repr(e), e.args)

class Result:
    def __init__(self, ok):
        self.ok = ok
    def __bool__(self):
        return self.ok
    def __repr__(self):
        return f"Result({self.ok})"
results = [Result(True), Result(False)]
for r in results:
    try:
        assert r, f"{r!r} is falsy"
        print(r, "passed")
    except AssertionError as e:
        print(e)
try:
    assert [] or {} or "", "all empty"
except AssertionError as e:
    print(e)
def lazy():
    raise RuntimeError("message expression evaluated")
assert True, lazy()
try:
    assert False, lazy()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    assert (False, "tuple is truthy") if False else True
    print("ok")
except AssertionError:
    print("no")
