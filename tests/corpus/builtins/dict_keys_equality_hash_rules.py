d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), list(d)[0], type(list(d)[0]).__name__)
d2 = {True: "first"}
d2[1] = "second"
print(d2)
print({0: "a", 0.0: "b", -0.0: "c", False: "d", 0j: "e"})
print({(1, 2): 1, (1.0, 2.0): 2}, {frozenset({1}): "fs", frozenset({True}): "fs2"})
nan = float("nan")
e = {nan: 1}
e[nan] = 2
e[float("nan")] = 3
print(len(e), sorted(e.values()))
print({"a": 1}.get("a"), {b"a": 1}.get("a"), {"a": 1}.get(b"a"))
for key in ([1], {1: 2}, {1}, bytearray(b"x"), slice(1) if False else [2]):
    try:
        {key: 1}
    except TypeError as err:
        print(type(err).__name__, err)
try:
    {}[[1]]
except TypeError as err:
    print(type(err).__name__, err)
try:
    [1] in {}
except TypeError as err:
    print(type(err).__name__, err)
print({1: 2}.get([1], "get with unhashable?") if False else "skip")
try:
    {}.get([1])
except TypeError as err:
    print(type(err).__name__, err)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash("a") == hash("a"), hash((1, 2)) == hash((1.0, 2)))
print({10 ** 20: "big"}[10 ** 20], {2 ** 61 - 1: "mersenne"}[2 ** 61 - 1], hash(2 ** 61 - 1), hash(2 ** 61))
keys = [1, "1", 1.5, (1,), None, True, b"1", frozenset()]
m = {k: repr(k) for k in keys}
print(len(m), m)
