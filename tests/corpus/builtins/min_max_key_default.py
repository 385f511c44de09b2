print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("hello"), min("hello"), max((1, 9), (2, 0)))
print(max([1, -5, 3], key=abs), min(["apple", "fig", "banana"], key=len), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(min([], default="empty"), max((), default=None), max([7], default=0), min(iter([]), default=-1))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda p: p[0]), min(["b", "a", "a2"], key=len))
print(max(1, 2.5, True), min(-0.0, 0.0), max(0.0, -0.0), min(float("nan"), 1), max(1, float("nan")))
for bad in [lambda: max(), lambda: min([]), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]),
            lambda: max([], key=len), lambda: min(1, 2, key=5), lambda: max([1], bogus=1), lambda: min(iter(()))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max("apple", "banana", key=lambda s: s[-1]), min(range(10), key=lambda n: (n - 4) ** 2))
print(max([[1, 2], [3]], key=sum), max([{1}, {2, 3}], key=len), min({3: "c", 1: "a"}.items()))
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"V({self.v})"
print(max(V(1), V(5), V(3)), min([V(2), V(0)]), max([V(1)], default=None))
print(max(x * x for x in range(-5, 3)), min((c for c in "zebra")), max(b"bytes"), min([2 ** 70, 2 ** 69]))
