print({}, {"a": 1}, {1: [1, 2], (1, 2): {"n": None}}, {True: False, None: ...})
print(repr({"quote'": 'dq"'}), str({1.5: 2j}), {"k": "v\n"})
print(dict(a=1, b=2) == {"a": 1, "b": 2}, dict([["a", 1]]), dict(["ab", "cd"]), dict([(1, 2)], x=3))
print(dict({"a": 1}.items()), dict(zip(range(3), "abc")), dict(enumerate("xy")))
class KV:
    def keys(self):
        return iter(["p", "q"])
    def __getitem__(self, k):
        return k * 2
print(dict(KV()), dict(KV(), r=1))
for bad in [[(1,)], ["abc"], [1], [[1, 2, 3]], None]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    dict(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
print({k: v for k, v in [("a", 1), ("a", 2)]}, {"a": 1, "a": 2} if False else "duplicate literal keys: last wins")
d = {"a": 1, "a": 2}
print(d)
print(len({i: i for i in range(1000)}), sum({i: i for i in range(100)}.values()))
nested = {"l1": {"l2": {"l3": [1, {"deep": True}]}}}
print(nested, nested["l1"]["l2"]["l3"][1]["deep"])
print(str(dict.fromkeys(range(3))), repr(dict(x=None)))
print(sorted(dict(b=1, a=2).items()), list(dict(b=1, a=2)), dict(sorted({"b": 1, "a": 2}.items())))
