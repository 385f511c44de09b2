class Tag(str):
    pass
t = Tag("  Hello World  ")
results = {
    "strip": t.strip(), "upper": t.upper(), "lower": t.lower(), "title": t.title(), "replace": t.replace("o", "0"),
    "center": t.center(20), "ljust": t.ljust(20), "zfill": t.zfill(20), "expandtabs": t.expandtabs(), "casefold": t.casefold(),
    "slice": t[2:7], "index0": t[2], "add": t + "!", "mul": t * 1, "format": "{}".format(t), "join": "".join([t]),
    "split0": t.split()[0], "partition0": t.partition(" ")[0], "removeprefix": t.removeprefix("zz"), "str": str(t),
}
for name, value in results.items():
    print(f"{name:13} {type(value).__name__:4} {value!r}")
print(type(t).__name__, isinstance(t, str), t == "  Hello World  ", hash(t) == hash(str(t)))
print(type(Tag()).__name__, repr(Tag()), Tag("x") + Tag("y"), type(Tag("x") + Tag("y")).__name__)
class Bytes2(bytes):
    pass
b = Bytes2(b"abc")
print(type(b.upper()).__name__, type(b[0:1]).__name__, type(b + b"").__name__, type(bytes(b)).__name__, b)
class L(list):
    pass
l = L([1, 2, 3])
print(type(l[:1]).__name__, type(l + [4]).__name__, type(l * 2).__name__, type(l.copy()).__name__, type(sorted(l)).__name__)
class T(tuple):
    pass
tt = T((1, 2))
print(type(tt[:1]).__name__, type(tt + (3,)).__name__, type(tt * 2).__name__, type(tuple(tt)).__name__)
class D(dict):
    pass
dd = D(a=1)
print(type(dd.copy()).__name__, type(dd | {}).__name__, type(D.fromkeys("x")).__name__, type(dict(dd)).__name__)
class S(set):
    pass
ss = S({1})
print(type(ss | {2}).__name__, type(ss.copy()).__name__, type(ss & {1}).__name__, type(frozenset(ss)).__name__)
