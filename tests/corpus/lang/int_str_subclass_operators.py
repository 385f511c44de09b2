class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, other):
        return Meters(int(self) + int(other))
    __radd__ = __add__

m = Meters(5)
print(m, repr(m), m + 3, 3 + m, type(m + 3).__name__, type(m * 2).__name__)
print(m * 2, m - 1, type(m - 1).__name__, -m, type(-m).__name__, m == 5, hash(m) == hash(5))
print(sum([Meters(1), Meters(2)]), type(sum([Meters(1), Meters(2)])).__name__)
print(isinstance(m, int), int(m), type(int(m)).__name__, f"{m}", f"{m:03d}", str(m))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__)
print(n == "bob", n in {"bob": 1}, repr(n), len(n), n * 2, type(n * 2).__name__)
print(type(str(n)).__name__, type(f"{n}").__name__, type("%s" % n).__name__, type(n.strip()).__name__)

class Flt(float):
    pass
f = Flt(1.5)
print(f + 1, type(f + 1).__name__, type(round(f)).__name__, f.is_integer(), f.hex())

class TupleNamed(tuple):
    def first(self):
        return self[0]
t = TupleNamed((1, 2, 3))
print(t.first(), t[1:], type(t[1:]).__name__, type(t + (4,)).__name__, t == (1, 2, 3))

class BoolLike(int):
    def __bool__(self):
        return False
print(bool(BoolLike(5)), BoolLike(5) + 1, "truthy" if BoolLike(7) else "falsy")
class ListWithLen(list):
    def __len__(self):
        return 100
lw = ListWithLen([1, 2])
print(len(lw), list(lw), bool(ListWithLen()), lw[1], lw == [1, 2])
