nan = float("nan")
items = [nan, 1, nan, float("nan")]
print(items.count(nan), nan in items, items.index(nan), float("nan") in items)
print([x == x for x in items])
class AlwaysEq:
    def __eq__(self, other):
        return True
ae = AlwaysEq()
print([1, 2, 3].index(ae) if False else [1, 2, 3].count(ae), [ae].count(5), [5].count(ae), ae in [1])
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  compare {self.v} == {getattr(other, 'v', other)}")
        return isinstance(other, Loud) and self.v == other.v
target = Loud(2)
lst = [Loud(1), target, Loud(2)]
print(lst.index(target))
print(lst.count(Loud(2)))
print(Loud(3) in lst)
lst.remove(Loud(2))
print([x.v for x in lst])
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3].index(3, -1), [0] * 5 == [0, 0, 0, 0, 0])
for args in [(4,), (1, 1), (1, 0, 0), (1, "a")]:
    try:
        print([1, 2, 3].index(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print([1, 1.0, True].count(1), [0, False, 0.0, None].count(0), ["a", b"a"].count("a"))
