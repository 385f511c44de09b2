class Plain:
    def __init__(self, v):
        self.v = v
a, b = Plain(1), Plain(1)
print(a == b, a == a, a != b, a is not b, hash(a) == hash(a), hash(a) != hash(b) or "hash collision")
print(a in [b], a in [a], [a].count(b), [a, b].index(b), len({a, b}), len({a, a}))
d = {a: "a"}
print(d.get(b, "different key"), d[a])
print(object.__eq__(a, b), object.__eq__(a, a), object.__ne__(a, b), object.__ne__(a, a))
class EqByValue:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqByValue) and self.v == other.v
print(EqByValue(1) == EqByValue(1), EqByValue(1) != EqByValue(2), EqByValue.__hash__ is None)
try:
    {EqByValue(1)}
except TypeError as e:
    print(type(e).__name__, e)
print(EqByValue(2) in [EqByValue(2)], [EqByValue(3)].index(EqByValue(3)))
x = [1, 2]
y = x
z = list(x)
print(x is y, x is z, x == z, id(x) == id(y))
empty = ()
print(None is None, empty is empty, type(()) is tuple)
n1 = int("1000")
n2 = int("1000")
print(n1 == n2, n1 is n2 or n1 == n2)
