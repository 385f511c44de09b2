class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  __add__")
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f"OnlyAdd({self.v})"

class InPlace(OnlyAdd):
    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self
    def __repr__(self):
        return f"InPlace({self.v})"

class InPlaceNI(OnlyAdd):
    def __iadd__(self, o):
        print("  __iadd__ -> NotImplemented")
        return NotImplemented

a = OnlyAdd(1); before = a
a += 5
print(a, a is before)
b = InPlace(1); before = b
b += 5
print(b, b is before)
c = InPlaceNI(1)
c += 5
print(c, type(c).__name__)

lst = [1]; alias = lst
lst += [2]
print(lst, alias, lst is alias)
tup = (1,); alias_t = tup
tup += (2,)
print(tup, alias_t, tup is alias_t)
lst += "ab"
print(lst)
try:
    lst = lst + "ab"
except TypeError as e:
    print(type(e).__name__, e)

t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

class R:
    def __radd__(self, o):
        return f"R.__radd__({o!r})"
x = 5
x += R()
print(x)

n = 10
n -= 3; print(n)
n *= 4; print(n)
n //= 3; print(n)
n %= 5; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
n /= 4; print(n)
s = "ab"; s *= 3; print(s)
d = {'a': 1}; d |= {'b': 2}; print(d)
st = {1, 2}; st -= {1}; st |= {5}; st &= {2, 5, 7}; st ^= {9}; print(sorted(st))
try:
    q = None
    q += 1
except TypeError as e:
    print(type(e).__name__, e)
