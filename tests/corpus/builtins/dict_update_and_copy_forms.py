d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(x=9, a=100)
d.update({"d": 4}, e=5)
d.update()
d.update(zip("fg", (6, 7)))
print(d)
class KV:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
d.update(KV())
print(d)
for bad in [lambda: d.update(5), lambda: d.update([1, 2]), lambda: d.update([("a",)]), lambda: d.update({}, {})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
shallow = d.copy()
shallow["a"] = "changed"
print(d["a"], shallow["a"], shallow is d)
nested = {"list": [1], "dict": {"x": 1}}
cp = nested.copy()
cp["list"].append(2)
cp["dict"]["y"] = 2
print(nested)
fresh = dict(nested)
fresh["list"] = "rebound"
print(nested["list"], fresh["list"])
import copy
deep = copy.deepcopy(nested)
deep["list"].append("deep")
print(nested["list"], deep["list"])
d2 = dict.fromkeys(["a", "b"], 0)
d2.update((k, v + 1) for k, v in d2.items())
print(d2)
same = {"s": 1}
same.update(same)
print(same, {**same, **same}, dict(same, s=2))
