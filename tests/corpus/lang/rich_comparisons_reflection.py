class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C({self.v})"
    def __eq__(self, o):
        print(f"  {self}.__eq__({o!r})")
        return self.v == o.v if isinstance(o, C) else NotImplemented
    def __lt__(self, o):
        print(f"  {self}.__lt__({o!r})")
        return self.v < o.v if isinstance(o, C) else NotImplemented
    def __gt__(self, o):
        print(f"  {self}.__gt__({o!r})")
        return self.v > o.v if isinstance(o, C) else NotImplemented

print(C(1) == C(1), C(1) != C(2))
print(C(1) < C(2), C(1) > C(2))
print(C(1) == 1)
print(1 == C(1))
print(C(1) != "x")
try:
    C(1) <= C(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(5 > C(3) if False else "skip")

class D(C):
    def __eq__(self, o):
        print(f"  D.__eq__")
        return "D-eq"
    def __lt__(self, o):
        print(f"  D.__lt__")
        return "D-lt"
print(C(1) == D(1))
print(C(1) > D(1))
print(C(1) < D(1))

print(sorted([C(3), C(1), C(2)]))
print(max(C(1), C(5), C(2)))

class NoEq:
    def __repr__(self):
        return "NoEq"
a = NoEq()
print(a == a, a != a, a == NoEq(), a != NoEq())
print([a] == [a], (a,) == (a,))

class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = None
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5)
print([1, 2] == [1, AlwaysEq()], AlwaysEq() in [1, 2])
nan = float('nan')
print(nan == nan, [nan] == [nan], nan in [nan])
