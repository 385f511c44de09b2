d = {i: i * i for i in range(5)}
try:
    for k in d:
        if k == 2:
            d[10] = 100
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
for k in list(d):
    if k % 2 == 0:
        del d[k]
print(d)
for k in d:
    d[k] = -d[k]
print(d)
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1, "b": 2}
it = iter(d)
next(it)
d["c"] = 3
del d["c"]
try:
    next(it)
except RuntimeError as e:
    print("size restored but still:", type(e).__name__, e)
d = {"x": 1}
keys = d.keys()
d["y"] = 2
print(list(keys))
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2:
        lst.remove(x)
print("list mutation skips elements:", lst)
