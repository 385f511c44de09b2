d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["c"] = 3
print(list(keys), list(values), list(items), len(keys))
del d["a"]
print(keys, "a" in keys, ("b", 2) in items, 2 in values)
d.clear()
print(list(keys), bool(keys), bool(items))

d = {"x": 1, "y": 2, "z": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)

d = {"k": 1}
for k in d:
    d[k] = 100
print("value update during iteration is fine:", d)
d = dict.fromkeys("abc", 0)
it = iter(d.items())
print(next(it))
d.pop("c")
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
it = iter(d)
d["a"] = 2
print(next(it))
d = {1: "x"}
it = iter(d.values())
d.update({1: "y"})
print(next(it))
print(list(reversed({"p": 1, "q": 2}.items())), list(reversed({}.keys())))
