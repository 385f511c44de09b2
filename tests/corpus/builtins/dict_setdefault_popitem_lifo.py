groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.setdefault(ch, 0) + 1
print(counts)
d = {"x": 1}
print(d.setdefault("x", 99), d.setdefault("y"), d)
stack = {"first": 1, "second": 2, "third": 3}
print(stack.popitem(), stack.popitem(), stack)
stack["fourth"] = 4
stack["first"] = 10
print(stack.popitem(), stack)
del stack["first"]
stack["first"] = 100
print(list(stack), stack.popitem())
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.setdefault([], 1)
except TypeError as e:
    print(type(e).__name__, e)
inventory = {"a": 1, "b": 2, "c": 3}
drained = []
while inventory:
    drained.append(inventory.popitem())
print(drained, inventory)
print(d.pop("x"), d.pop("zz", None), d.get("y", "default for None?"), d)
cache = {}
def cached(n):
    return cache.setdefault(n, n * n)
print([cached(i) for i in (3, 3, 4)], cache)
