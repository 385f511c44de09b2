def check_sorted(values):
    for a, b in zip(values, values[1:]):
        assert a <= b
    return True

print(check_sorted([1, 2, 2, 5]))
print(check_sorted([]))
try:
    check_sorted([3, 1])
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

def invariant(stack):
    assert isinstance(stack, list), f"stack must be a list, not {type(stack).__name__}"
    assert all(isinstance(x, int) for x in stack), "stack holds ints"
    return len(stack)

print(invariant([1, 2]))
try:
    invariant((1, 2))
except AssertionError as e:
    print(e)
try:
    invariant([1, "2"])
except AssertionError as e:
    print(e)
print(check_sorted([1, 3, 2, 4]))
