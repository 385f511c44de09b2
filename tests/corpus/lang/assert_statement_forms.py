assert True
assert 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], {"detail": [1, 2]}
except AssertionError as e:
    print(repr(e), type(e.args[0]).__name__)

calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy message"
assert True, msg()
print(calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)

print(__debug__)

class Falsy:
    def __bool__(self):
        print("  __bool__ checked")
        return False
try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)

def check_positive(values):
    for v in values:
        assert v > 0, f"expected positive, got {v}"
        print("ok", v)
    return sum(values)

print(check_positive([1, 2, 3]))
try:
    compile("__debug__ = False", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(check_positive([4, -5, 6]))
