values = [True, False, 1, 0, 1.0, "1", None]
print([isinstance(v, int) for v in values])
print([isinstance(v, bool) for v in values])
print([type(v) is int for v in values])
print([isinstance(v, (int, float)) and not isinstance(v, bool) for v in values])
print(True == 1, {True: "a", 1: "b"}, [True, 1].count(1))
print(sum([True, True, False]), True + True, True * 3, f"{True:d}", int(True), str(True), repr(1 == 1))
print(sorted([True, 0, False, 2, -1]), max(True, 1), type(max(True, 1)).__name__, type(max(1, True)).__name__)
print({True, 1, 1.0}, {1, True}, {0, False, 0.0} == {0})
print(issubclass(bool, int), bool.__bases__, isinstance(True, object), bool.__mro__)
def strict_int(v):
    if isinstance(v, bool) or not isinstance(v, int):
        raise TypeError(f"expected int, got {type(v).__name__}")
    return v
for v in [5, True, 5.0]:
    try:
        print(strict_int(v))
    except TypeError as e:
        print(type(e).__name__, e)
print(True.__add__(True), True.__and__(False), True.__or__(False), (True).__xor__(True), type(True.__and__(1)).__name__)
print(["no", "yes"][True], "xy"[False], (10, 20)[True], {0: "zero", 1: "one"}[True])
print(True / 2, True // 2, True % 2, -True, abs(-True), True ** 0, 2 ** True, divmod(True, True))
