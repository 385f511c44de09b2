print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"), sorted({2: "x", 1: "y"}), sorted(range(5, 0, -2)))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted([-2, 1, -3], key=abs, reverse=True))
print(sorted([(2, "b"), (1, "b"), (2, "a")]), sorted([[3], [1, 2], []]))
print(sorted(x * x for x in range(-3, 3)), sorted(iter([0.5, -1, 3])), sorted([]))
original = [5, 4, 3]
result = sorted(original)
print(original, result, result is original)
print(sorted(["B", "a", "C", "b"]), sorted(["B", "a", "C", "b"], key=str.lower))
print(sorted([True, False, 2, -1.5]), sorted([1, 1.0, True], key=lambda v: type(v).__name__))
for bad in [lambda: sorted(), lambda: sorted([1], [2]), lambda: sorted(5), lambda: sorted([1, None]),
            lambda: sorted([1], cmp=None), lambda: sorted([1], key=1), lambda: sorted([{}, {}]),
            lambda: sorted([1j, 2j]), lambda: sorted(["a", b"a"])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([1, 2], reverse=None) if False else "reverse=None skipped")
try:
    sorted([1, 2], reverse="yes")
    print("truthy reverse accepted")
except TypeError as e:
    print(type(e).__name__, e)
stable = sorted([("x", 2), ("y", 1), ("z", 2), ("w", 1)], key=lambda p: p[1])
print(stable)
print(sorted("Hello World", key=lambda c: (c.isupper(), c)))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
