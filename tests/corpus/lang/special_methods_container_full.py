class OrderedSet:
    def __init__(self, items=()):
        self._d = dict.fromkeys(items)
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
    def __contains__(self, x):
        return x in self._d
    def __reversed__(self):
        return reversed(list(self._d))
    def __getitem__(self, i):
        keys = list(self._d)
        if isinstance(i, slice):
            return OrderedSet(keys[i])
        return keys[i]
    def __eq__(self, other):
        if isinstance(other, OrderedSet):
            return list(self) == list(other)
        return NotImplemented
    __hash__ = None
    def __or__(self, other):
        return OrderedSet([*self, *other])
    def __and__(self, other):
        return OrderedSet(x for x in self if x in other)
    def __sub__(self, other):
        return OrderedSet(x for x in self if x not in other)
    def __ior__(self, other):
        for x in other:
            self._d[x] = None
        return self
    def __bool__(self):
        return bool(self._d)
    def __repr__(self):
        return f"OrderedSet({list(self._d)})"

s = OrderedSet("abracadabra")
print(s, len(s), "c" in s, "z" in s)
print(list(reversed(s)), s[0], s[-1], s[1:3])
t = OrderedSet("cab")
print(s | t, s & t, s - OrderedSet("ab"), s == OrderedSet("abrcd"), s == t, s != t)
s |= "xyz"
print(s, bool(OrderedSet()), bool(s))
print(sorted(s), max(s), list(enumerate(s))[:2], "".join(s))
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
print(s == [1], s.__eq__([1]))
