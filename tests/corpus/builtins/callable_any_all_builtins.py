class C:
    def __call__(self):
        return 1
class D:
    pass
print([callable(x) for x in (len, C, C(), D(), D, lambda: 0, 5, "s", print, str.upper, "s".upper, None, type)])
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, 0.0, ""]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""), any({0: 1}), all({0: 1}))
checked = []
def check(v):
    checked.append(v)
    return v
print(any(check(v) for v in [0, 2, 3]), checked)
checked.clear()
print(all(check(v) for v in [1, 0, 3]), checked)
for bad in [lambda: any(5), lambda: all(None), lambda: any(), lambda: all([1], [2])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(any([None, False, [], (), {}, set(), 0j]), all([True, 1, "0", [None]]))
print(all(map(str.isdigit, ["1", "22"])), any(map(str.isalpha, ["1", "2"])), all(iter([])))
