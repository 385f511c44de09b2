words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
lst = [5, 2, 8, 1, 9]
print(lst.sort(), lst)
lst.sort(reverse=True)
print(lst)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
mixed = [3, 1.5, True, 2, 0.5, False]
print(sorted(mixed))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(type(e).__name__, e)
data = [3, 1, 2]
def key_that_mutates(x):
    data.append(x)
    return x
try:
    data.sort(key=key_that_mutates)
except ValueError as e:
    print(type(e).__name__, e)
print(data)
print(sorted([]), sorted("bca"), sorted({3: 0, 1: 0}), sorted((2, 1)), sorted({5, 3}), sorted(range(3), reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted(["a10", "a9", "a100"], key=lambda s: int(s[1:])))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, 2), (1,), ()]))
print(sorted(["b", "a"], key=None), sorted([1, 2], reverse=0))
nan = float("nan")
print(sorted([1.0, 3.0, 2.0], key=lambda x: -x), sorted(["x", "Y", "z"], key=str.upper, reverse=True))
records = [{"n": "a", "v": 2}, {"n": "b", "v": 1}, {"n": "c", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])], [r["n"] for r in sorted(records, key=lambda r: -r["v"])])
