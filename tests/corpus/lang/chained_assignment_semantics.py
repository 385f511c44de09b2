log = []
class Target:
    def __setitem__(self, k, v):
        log.append(f"[{k}]={v}")
    def __setattr__(self, k, v):
        log.append(f".{k}={v}")

t = Target()
def val():
    log.append("value evaluated")
    return 42
t["a"] = t.b = t["c"] = val()
print(log)

a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x, y = z = 1, 2
print(x, y, z)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
lst2 = [0, 0, 0]
j = 0
lst2[j] = j = 2
print(j, lst2)
p = q = r = "shared"
q = "changed"
print(p, q, r)
first, *rest = second = "abc"
print(first, rest, second)
m = n = {}
m["k"] = 1
print(n)
class Obj:
    pass
o = Obj()
o.x = o.y = Obj()
print(o.x is o.y)
try:
    exec("a = b = 1 = c")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("x + 1 = 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("f() = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("None = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
