d = {}
print(len(d), bool(d), "k" in d, d == {}, not d)
d["k"] = None
print(len(d), bool(d), "k" in d, None in d, None in d.values(), ("k", None) in d.items())
d.update({i: i * i for i in range(5)})
print(len(d), 3 in d, 9 in d, 9 in d.values(), (3, 9) in d.items(), (3, 8) in d.items())
print(list(d.keys())[:3], sum(1 for _ in d), sum(k for k in d if isinstance(k, int)))
print(1.0 in d, True in d, 4.0 in d.keys(), [1] in d.values() if False else "list in values ok:", [1] in d.values())
try:
    [1] in d
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} in d.keys()
except TypeError as e:
    print(type(e).__name__, e)
print(([1], 2) in d.items() if False else "unhashable item check:", (1, [1]) in d.items())
del d["k"]
print(len(d), "k" in d, d.get("k"))
big = dict.fromkeys(range(10000))
print(len(big), 9999 in big, 10000 in big, bool(big))
big.clear()
print(len(big), bool(big))
print(len({1: 1, 1.0: 2, True: 3}), len(dict(a=1, b=2)), len({(): 0}))
