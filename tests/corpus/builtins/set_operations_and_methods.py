a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, range(4)), a.difference(b, {1}), a.symmetric_difference([4, 10]))
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]))
print(a.isdisjoint({7}), a.isdisjoint([1]), a == {4, 3, 2, 1}, a != b)
c = set(a)
c.add(10)
c.add(1)
c.discard(999)
c.remove(2)
print(c, c.pop() in a | {10}, len(c))
try:
    c.remove(999)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
d = {1, 2, 3}
d |= {4}
d &= {1, 2, 4}
d -= {1}
d ^= {2, 9}
print(d)
e = {1, 2, 3}
e.update([4], (5,))
e.intersection_update([1, 2, 3, 4])
e.difference_update({1})
e.symmetric_difference_update({3, 7})
print(e)
for op in ["a | [1]", "a & 'x'", "a - (1,)", "a < [1]"]:
    try:
        eval(op)
    except TypeError as err:
        print(f"{op:10} TypeError: {err}")
print(set(), set("hello") == {"h", "e", "l", "o"}, set([1, 1, 2]), set(range(3)), {(1, 2), (1, 2)})
print(len({1, 1.0, True}), {0, False, 0.0}, {None}, sorted({-1, 5, 3}), sum({1, 2}), 3 in a)
try:
    {[1]}
except TypeError as err:
    print(type(err).__name__, err)
s = {3, 1, 2}
s.clear()
print(s, type(s).__name__, repr(set()), bool(set()), set() == frozenset())
