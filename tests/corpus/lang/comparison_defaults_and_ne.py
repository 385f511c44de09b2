class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  __eq__({self.v}, {getattr(other, 'v', other)})")
        return isinstance(other, OnlyEq) and self.v == other.v

a, b = OnlyEq(1), OnlyEq(1)
print(a != b)
print(a != OnlyEq(2))

class EqReturnsNI:
    def __eq__(self, other):
        return NotImplemented
x = EqReturnsNI()
print(x == x, x != x, x == EqReturnsNI())

class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"
items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), min(items), max(items))
print(OnlyLt(5) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)

class NeExplicit:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return "custom ne"
print(NeExplicit() != 1, NeExplicit() == 1)

print(object() == object(), object.__eq__(1, 1), object.__ne__(1, 2), object.__lt__(1, 2))
print((1).__eq__(1.0), (1).__eq__("1"), (1.0).__eq__(1), "a".__lt__(1))

class EqRaises:
    def __eq__(self, o):
        raise ValueError("no comparing")
try:
    [EqRaises()] == [EqRaises()]
except ValueError as e:
    print(type(e).__name__, e)
e = EqRaises()
print([e] == [e], e in [e], [e].count(e))

class Tot:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
print([f(Tot(1), Tot(2)) for f in (lambda p, q: p < q, lambda p, q: p <= q, lambda p, q: p > q, lambda p, q: p >= q, lambda p, q: p == q, lambda p, q: p != q)])
