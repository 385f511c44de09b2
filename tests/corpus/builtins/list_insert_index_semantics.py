lst = ["a", "b", "c"]
for idx in [0, 1, 3, 10, -1, -3, -10]:
    copy = lst[:]
    copy.insert(idx, "X")
    print(f"insert({idx:3}) -> {copy}")
l2 = []
l2.insert(5, "first")
l2.insert(-5, "second")
print(l2)
for idx in [0, -1, 1, -2]:
    copy = ["p", "q", "r"]
    print(f"pop({idx:2}) -> {copy.pop(idx)!r} leaves {copy}")
for bad in [(1, "x", 3), ("0", "x")]:
    try:
        [].insert(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
big_index = [1, 2, 3]
big_index.insert(10 ** 9, "end")
big_index.insert(-10 ** 9, "start")
print(big_index)
class Idx:
    def __index__(self):
        return 1
m = ["a", "b"]
m.insert(Idx(), "via __index__")
print(m, m.pop(Idx()), m)
n = list(range(5))
print(n.index(3), n.index(3, 2), n.index(3, -3, 10))
try:
    n.index(3, 4)
except ValueError as e:
    print(type(e).__name__, e)
