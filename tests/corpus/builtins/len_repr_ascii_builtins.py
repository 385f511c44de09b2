print(len("abc"), len([1, 2]), len(()), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(bytearray(4)))
print(len("😀é"), len(range(0, 100, 7)), len(memoryview(b"abc")), len(frozenset("aab")), len({}.keys()))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(5)), len(L(0)))
for bad in [5, None, 1.5, iter([]), (x for x in []), L(-1), L("3"), L(2 ** 70)]:
    try:
        print(len(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(repr("s"), repr(1), repr(1.0), repr([1, "a"]), repr(None), repr(int), repr(len), repr(...), repr(NotImplemented))
print(ascii("abc"), ascii("é"), ascii("日本"), ascii("😀"), ascii(["é", "x"]), ascii(b"\xff"), ascii(1))
class Rep:
    def __repr__(self):
        return "Rép😀"
print(repr(Rep()), ascii(Rep()), str(Rep()), [Rep()])
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
print(repr(type), repr(object), repr(Rep)[:15], repr(repr), repr(str.upper), repr("".join)[:40])
print(repr(-0.0), repr(1e100), repr(2 ** 64), repr(True), repr(3j), repr(b""), repr(bytearray()))
print(repr(range(5)), repr(slice(1, 2)), repr(frozenset()), repr(set()), repr({}), repr(()), repr([]))
