class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super().who()

c = C()
print(c.who(), super(C, c).who(), super(B, c).who(), super(C, C).cm(), super(B, C).cm())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is c)
unbound = super(C)
print(unbound.__thisclass__.__name__, unbound.__self__, unbound.__self_class__)
for args in [(C, 5), (5, c), (A, C()), (C, A)]:
    try:
        super(*args).who()
    except (TypeError, AttributeError) as e:
        print(f"super{tuple(type(a).__name__ for a in args)} {type(e).__name__}: {e}")
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(C, c).nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(A, A()).who()
except AttributeError as e:
    print(type(e).__name__, e)
print(super(C, c).__class__.__name__, super(bool, True).__add__(1), super(bool, True).__index__())
print(super(list, [1, 2]).__class__.__name__, super(int, 5).__thisclass__.__name__)
class D(dict):
    def __getitem__(self, k):
        return ("D", super().__getitem__(k))
d = D(x=1)
print(d["x"], super(D, d).__getitem__("x"), dict.__getitem__(d, "x"))
