name = "world"
n = 42
print(f"hello {name}!", f"{n:5d}|{n:<5}|{n!r}", f"{'q'!r}", f"{n*2=}", f"{{literal}}")
print(f"{3.14159:.2f} {name:>10} {name.upper()}")
width = 8
print(f"{n:{width}}|")
d = {"a": 1}
d["b"] = 2
del d["a"]
print(d)
lst = [1, 2, 3, 4, 5]
print(lst[1:3], lst[::2], lst[-1], lst[:-2])
lst[1:3] = [20, 30, 40]
print(lst)
del lst[0]
print(lst)
t = (1, 2) + (3,)
print(t, t * 2, 3 in t, 4 not in t)
s = {1, 2, 3}
s |= {4}
print(sorted(s))
x = 5
x **= 2
x //= 3
x -= 1
x <<= 2
x |= 1
x ^= 3
x &= 0xff
x >>= 1
x %= 7
print(x)
a = b = c = 7
print(a, b, c)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
def posonly(a, b, /, c, *, d):
    return a + b + c + d
print(posonly(1, 2, c=3, d=4))
try:
    posonly(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    posonly(1, 2, 3)
except TypeError as e:
    print(e)
def star(*args, **kwargs):
    return args, sorted(kwargs.items())
print(star(1, *[2, 3], *(4,), x=1, **{"y": 2}, z=3))
print([*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, et, ev, tb): print("exit", self.n, et.__name__ if et else None); return et is KeyError
with Ctx(1) as one, Ctx(2) as two:
    print("body", one, two)
with Ctx(3):
    raise KeyError("suppressed")
print("after")
try:
    with Ctx(4):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
def f():
    with Ctx(5):
        return "returned"
print(f())
for i in range(3):
    with Ctx(i):
        if i == 1:
            break
print(i)
print(globals()["n"], "name" in globals())
def loc():
    q = 1
    r = 2
    return sorted(locals().items())
print(loc())
print(eval("n + 1"), eval("x * 2", {"x": 5}))
exec("zz = n * 3")
print(zz)
g = {}
exec("def h(): return 7\nval = h()", g)
print(g["val"])
code = compile("1 + 2", "<test>", "eval")
print(eval(code))
print(vars(Ctx(9)))
print((lambda *a: a)(1, 2))
print(chr(65) if True else None, [i for i in range(10) if i % 3 == 0])
print(1 if [] else 2, 1 if {} else 2, 1 if "" else 2, 1 if 0.0 else 2)
print(None is None, [] is [], 1 is not None)
print(0b101, 0o17, 0xff, 1_000_000, 1e3, 1j * 1j)
print("abc"[1], "abc"[::-1], "a,b".split(","), "x" * 3)
