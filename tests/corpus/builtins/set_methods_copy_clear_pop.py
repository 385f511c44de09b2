s = {1, 2, 3}
c = s.copy()
c.add(4)
print(s, c, c is s, c == s, c > s)
popped = []
while c:
    popped.append(c.pop())
print(sorted(popped), c)
s.clear()
print(s, len(s), bool(s))
t = set("hello")
print(sorted(t), len(t), "h" in t, "z" not in t)
t.update("world", ["!"])
print(sorted(t))
t.difference_update("lo")
print(sorted(t))
t.intersection_update("hwr!xyz")
print(sorted(t))
t.symmetric_difference_update({"h", "new"})
print(sorted(t))
print(t.discard("absent"), t.add("w"), sorted(t))
u = {1, 2, 3, 4, 5}
print(u.issuperset([1, 2]), u.issubset(range(10)), u.isdisjoint(range(6, 9)), u.union(), u.intersection(u))
print(u.difference([1], {2}, (3,)), u.symmetric_difference([5, 6]), u & {1} | {9})
for bad in [lambda: u.add([1]), lambda: u.update(5), lambda: u.issubset(5), lambda: u.remove([1]), lambda: set(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(u.discard(1) is None, u, set(u) is not u)
print({1, 2} == {2, 1}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, set() < {0}, set() == frozenset())
