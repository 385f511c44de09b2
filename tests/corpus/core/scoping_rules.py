x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
    z = (lambda: x)()
print(C.y, C().m(), C.z)
def f():
    x = "local"
    class D:
        print(x)
        x = "D"
        print(x)
    return D.x
print(f())
def g():
    a = 1
    def h():
        return a
    a = 2
    return h()
print(g())
def k():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(k())
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def shadow():
    try:
        print(undefined_thing)
    except NameError as e:
        print("NameError:", e)
shadow()
def unbound():
    try:
        print(v)
        v = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
def free_unbound():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    w = 1
free_unbound()
print([i for i in range(3)], [[j for j in range(i)] for i in range(3)])
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
n = 10
print([n + i for i in range(2)])
def comp_in_func():
    m = 5
    return [m * i for i in range(3)], {i: m for i in range(2)}
print(comp_in_func())
def walrus_comp():
    data = [1, 2, 3, 4]
    evens = [y for v in data if (y := v * 2) > 4]
    return evens, y
print(walrus_comp())
def gen_scope():
    base = 100
    return list(b + base for b in range(3))
print(gen_scope())
del x
try:
    x
except NameError as e:
    print(e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count = Counter.count
print([Counter().count for _ in range(3)], Counter.count)
def defaults_eval():
    vals = []
    for i in range(3):
        def f(i=i, j=i * 2):
            return i + j
        vals.append(f())
    return vals
print(defaults_eval())
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)
def many(a, b, c=3):
    pass
for args in [(), (1,), (1, 2, 3, 4)]:
    try:
        many(*args)
    except TypeError as e:
        print(e)
try:
    many(1, 2, d=5)
except TypeError as e:
    print(e)
try:
    many(1, a=2)
except TypeError as e:
    print(e)
