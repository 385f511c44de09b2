print(list(), list("abc"), list((1, 2)), list({3, 1, 2}) == sorted({3, 1, 2}) or "set order", list({"a": 1, "b": 2}))
print(list({"a": 1}.items()), list(range(5, 0, -2)), list(b"ab"), list(x * 2 for x in range(3)), list(map(str, [1, 2])))
print(list(iter([1, 2])), list(reversed("ab")), list(enumerate("x")), list(zip("ab", "cd")), list([1, 2]) is not None)
for bad in [5, None, 1.5, object()]:
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2, 3]
a.extend(a)
print(a)
b = [1, 2]
b += b
print(b)
c = [1, 2]
c[len(c):] = c
print(c)
d = [0]
d *= 3
print(d)
e = [1, 2, 3]
e.extend(x * 10 for x in e[:2])
print(e)
f = []
f.extend("str")
f.extend({"k": 1})
f.extend(range(2))
print(f)
class Gen:
    def __iter__(self):
        yield from (7, 8)
print(list(Gen()), [*Gen()], len(list(Gen())))
print(list.__name__, type([]) is list, isinstance([], list), [].__class__.__name__)
