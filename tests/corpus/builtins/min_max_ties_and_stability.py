data = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
print(max([1, 1.0, True]), type(max([1, 1.0, True])).__name__, min([1.0, 1, True]), type(min([1.0, 1, True])).__name__)
words = ["bb", "aa", "cc", "a", "ccc", "ddd"]
print(max(words, key=len), min(words, key=len), sorted(words, key=len))
print(max("b", "a", "c"), max(["x"], default=None), max((), default="empty"))
class Item:
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return self.name
items = [Item("first", 5), Item("second", 5), Item("third", 1)]
print(max(items), min(items), sorted(items), sorted(items, reverse=True))
print(max(items, key=lambda i: i.v), min(items, key=lambda i: -i.v))
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan, 1]), max([1, 2, nan]))
scores = {"x": 10, "y": 10, "z": 5}
print(max(scores, key=scores.get), min(scores, key=scores.get), sorted(scores, key=scores.get))
print(max(enumerate([3, 9, 9, 1]), key=lambda t: t[1]), min(range(10), key=lambda n: abs(n - 4.5)))
