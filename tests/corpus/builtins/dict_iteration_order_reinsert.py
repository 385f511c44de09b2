d = {}
for k in ["c", "a", "b"]:
    d[k] = len(d)
print(list(d), list(d.values()))
del d["c"]
d["c"] = 99
print(list(d.items()))
d["a"] = "updated"
print(list(d.items()))
d.pop("a")
d.setdefault("a", "re-added")
print(list(d))
e = dict.fromkeys(range(10))
for k in range(0, 10, 2):
    del e[k]
for k in range(0, 10, 2):
    e[k] = None
print(list(e))
f = {i: i for i in range(5)}
f.update({0: "zero", 10: "ten"})
print(list(f.items()))
g = dict(sorted({"b": 2, "c": 3, "a": 1}.items()))
print(g, list(reversed(g)), next(reversed(g.items())))
h = {"x": 1}
h |= {"y": 2, "x": 3}
print(list(h.items()))
copied = dict(h)
copied["z"] = 0
print(list(copied), list(h), {**h, "a": 0} == {"a": 0, **h}, list({**h, "a": 0}))
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 3):
    del big[i]
print(list(big)[:5], len(big), list(big)[-1])
