fs = frozenset([3, 1, 2])
print(fs, repr(frozenset()), hash(fs) == hash(frozenset([1, 2, 3])), fs == {1, 2, 3})
print(type(fs | {4}).__name__, type({4} | fs).__name__, type(fs & {1}).__name__, type({1} - fs).__name__)
print(fs.union([9]), fs.copy() is fs, frozenset(fs) is fs, fs.issubset({1, 2, 3, 4}))
groups = {frozenset({"a", "b"}): "ab", frozenset({"b", "a"}): "ba"}
print(len(groups), list(groups.values()))
nested = {frozenset({1, frozenset({2})})}
print(frozenset({2}) in next(iter(nested)), len(nested))
s = {1, 2}
print(s in [frozenset({1, 2})], frozenset({1, 2}) in [s])
try:
    {s}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset({1, 2})} == {frozenset({2, 1})}, frozenset({1, 2}) in {frozenset({1, 2}): 0})
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset("aab") == frozenset("ba"), frozenset(range(3)) < frozenset(range(4)))
print(hash(frozenset()) == hash(frozenset()), frozenset([1]) | frozenset([1.0]), frozenset([True, 1]))
class FS(frozenset):
    def describe(self):
        return f"FS of {len(self)}"
f = FS([1, 2])
print(f.describe(), type(f | {3}).__name__, f == frozenset([1, 2]), hash(f) == hash(frozenset([1, 2])))
print(sorted(frozenset(["b", "a", "c"])), max(frozenset([1, 5, 3])), len(frozenset("mississippi")))
print(frozenset({1: "a", 2: "b"}), frozenset(x % 3 for x in range(9)))
