d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 20
print(d)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("missing", "dflt"), d.popitem(), d.popitem(), d)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 1}, y=2)
d.update([("z", 3), ("x", 100)])
d.update(w=0)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], "v"), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print(d.copy() == d, d.copy() is d, len(d), "x" in d, 100 in d, d.keys() == {"a", "x", "y", "z", "w"})
d.clear()
print(d, bool(d))
print(dict(), dict(a=1), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", range(2))), dict(((1, 2),)))
for bad in [lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]), lambda: dict(5), lambda: {}.update(1), lambda: {[]: 1}, lambda: dict({}, {})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({1: "a", True: "b", 1.0: "c"}, {0: 1, False: 2}, {"a": 1} == {"a": 1.0}, {1: 2} != {1: 3})
print(list(reversed({"p": 1, "q": 2, "r": 3})), list(reversed({"p": 1}.values())))
