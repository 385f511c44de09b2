d = {"one": 1, "two": 2, "three": 3}
print(list(d.keys()), list(d.values()), list(d.items()))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
for k, v in d.items():
    print(k, v)
for i, (k, v) in enumerate(reversed(d.items())):
    print(i, k, v)
ki = iter(d.keys())
vi = iter(d.values())
ii = iter(d.items())
print(next(ki), next(vi), next(ii), type(ki).__name__, type(vi).__name__, type(ii).__name__)
print(len(d.keys()), len(d.values()), len(d.items()), bool({}.items()))
print(sorted(d.values()), max(d.items(), key=lambda kv: kv[1]), min(d, key=len), sum(d.values()))
print(dict(zip(d.values(), d.keys())), [k for k, v in d.items() if v % 2])
print(list(map(str.upper, d)), {v for v in d.values()} == {1, 2, 3})
keys_view = d.keys()
d["four"] = 4
print(list(keys_view)[-1], len(keys_view), "four" in keys_view)
print(isinstance(d.keys(), type({}.keys())), d.keys() == {"one", "two", "three", "four"}, d.values() != d.values())
print(list(d.items())[1:3], list(d)[::-1][:2], tuple(d.values())[-1])
