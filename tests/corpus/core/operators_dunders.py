class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __neg__(self):
        return V(-self.x, -self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

a = V(1, 2)
b = V(3, 4)
print(a + b, a * 3, 3 * a, -a, sum([a, b]))
c = a
c += b
print(a, c is a, a == V(4, 6), a != b, bool(V(0, 0)), len(a), a[0], 6 in a)
print(sorted([V(2, 1), V(1, 5), V(1, 2)]))
x, y = a
print(x, y, list(a))
class Lazy:
    def __getattr__(self, name):
        return "dyn_" + name
l = Lazy()
print(l.foo, l.bar)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(e)
class It:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(It(3)), [v for v in It(2)])
class CallMe:
    def __call__(self, *a):
        return a
print(CallMe()(1, 2))
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def outer():
    v = []
    def add(x):
        v.append(x)
    add(1); add(2)
    return v
print(outer())
def make():
    x = 0
    def get():
        return x
    def set(v):
        nonlocal x
        x = v
    return get, set
g, s = make()
s(42)
print(g())
try:
    V(1, 2) + 5
except AttributeError as e:
    print("AttributeError", e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [] < 3
except TypeError as e:
    print(e)
print(divmod(17, 5), abs(-3), round(2.5), round(3.5), pow(2, 10, 1000), max(3, 7, 1), min([4, 2]))
