print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([])))
print(list(enumerate(range(3), 10 ** 20)), dict(enumerate("xy")))
e = enumerate(["a", "b"])
print(type(e).__name__, next(e), next(e), next(e, "done"))
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for bad in [lambda: enumerate(5), lambda: enumerate("a", "1"), lambda: enumerate(), lambda: enumerate("a", 1, 2), lambda: enumerate("a", 1.5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed({"a": 1, "b": 2})))
print(list(reversed(b"xyz")), list(reversed(bytearray(b"ab"))), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), r.__length_hint__(), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter(["custom", "reverse"])
print(list(reversed(Custom())))
for bad in [lambda: reversed(5), lambda: reversed({1, 2}), lambda: reversed(x for x in "a"), lambda: reversed(iter([1]))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate(reversed("ab"))), list(reversed(list(enumerate("ab")))))
