class Item:
    def __init__(self, key, label):
        self.key, self.label = key, label
    def __lt__(self, other):
        return self.key < other.key
    def __repr__(self):
        return f"{self.key}{self.label}"

items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d"), Item(3, "e"), Item(2, "f")]
print(sorted(items))
print(sorted(items, reverse=True))
print(sorted(items, key=lambda i: -i.key))
print(sorted(items, key=lambda i: i.label, reverse=True))

records = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 20)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
by_age_then_name_desc = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(by_age_then_name_desc)

class Counting:
    comparisons = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Counting.comparisons += 1
        return self.v < other.v
data = [Counting(v) for v in range(20)]
sorted(data)
print("already-sorted comparisons:", Counting.comparisons)

class GtOnly:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([GtOnly(3), GtOnly(1), GtOnly(2)]))

class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoOrder()]) != [], sorted([]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["b", "A", "a", "B"]), sorted("hello"))
