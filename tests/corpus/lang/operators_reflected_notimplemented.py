class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, other):
        print(f"  {self!r}.__add__({other!r})")
        if isinstance(other, V):
            return V(*(a + b for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(a + other for a in self.c))
        return NotImplemented
    def __radd__(self, other):
        print(f"  {self!r}.__radd__({other!r})")
        if isinstance(other, (int, float)):
            return V(*(other + a for a in self.c))
        return NotImplemented
    def __mul__(self, k):
        return V(*(a * k for a in self.c)) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))

print(V(1, 2) + V(3, 4))
print(V(1, 2) + 10)
print(10 + V(1, 2))
print(3 * V(1, 2), V(1, 2) * 2, -V(5, -6))
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
print(sum([V(1, 1), V(2, 2)]))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    V(1) - V(1)
except TypeError as e:
    print(type(e).__name__, e)

class SubV(V):
    def __radd__(self, other):
        print(f"  SubV.__radd__ first")
        return "subclass reflected wins"
print(V(1) + SubV(2))

class Other:
    def __radd__(self, o):
        return f"Other.__radd__({o!r})"
    def __rsub__(self, o):
        return NotImplemented
print(5 + Other(), [1] + Other())
try:
    5 - Other()
except TypeError as e:
    print(type(e).__name__, e)
try:
    -Other()
except TypeError as e:
    print(type(e).__name__, e)
