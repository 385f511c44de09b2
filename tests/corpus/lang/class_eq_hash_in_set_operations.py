class Tag:
    def __init__(self, name):
        self.name = name.lower()
    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return f"Tag({self.name})"

a = {Tag("Python"), Tag("java"), Tag("PYTHON")}
b = {Tag("python"), Tag("Rust")}
key = lambda t: t.name
print(sorted(a, key=key), len(a))
print(sorted(a | b, key=key), sorted(a & b, key=key), sorted(a - b, key=key), sorted(a ^ b, key=key))
print(Tag("JAVA") in a, Tag("go") in a, a.isdisjoint({Tag("go")}), {Tag("java")} <= a)
counts = {}
for t in [Tag("a"), Tag("A"), Tag("b")]:
    counts[t] = counts.get(t, 0) + 1
print(sorted(counts.items(), key=lambda kv: kv[0].name))
d = dict.fromkeys([Tag("x"), Tag("X"), Tag("y")], 0)
print(len(d), list(d))
s = set()
s.add(Tag("q"))
s.discard(Tag("Q"))
print(s)
try:
    s.remove(Tag("zz"))
except KeyError as e:
    print(type(e).__name__, e)
print(frozenset([Tag("m")]) == frozenset([Tag("M")]), hash(frozenset([Tag("m")])) == hash(frozenset([Tag("M")])))
print([Tag("a"), Tag("b")].index(Tag("B")), [Tag("a")].count(Tag("A")))
lst = [Tag("a"), Tag("b"), Tag("a")]
lst.remove(Tag("A"))
print(lst)
