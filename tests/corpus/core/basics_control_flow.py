# control flow, functions, closures
def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

print(fib(10), fib(50), fib(100))
x = 0
while x < 5:
    x += 1
    if x == 2:
        continue
    if x == 4:
        break
    print("x", x)
else:
    print("no")
for i in range(3):
    pass
else:
    print("else ran", i)

def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c = counter()
print(c(), c(), c(5))
def kw(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(kw(1, c=3))
print(kw(1, 2, 3, 4, c=5, e=6))
print(kw(*[1, 2], **{'c': 7}))
f = lambda x, y=10: x * y
print(f(3), f(3, 4))
g = 100
def use_global():
    global g
    g = g + 1
    return g
print(use_global(), g)
print([i * i for i in range(5)], {i % 3 for i in range(10)} == {0, 1, 2})
print([(i, j) for i in range(3) for j in range(i) if j != 1])
i = 'outer'
print([i for i in range(3)], i)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 2 ** 10, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 1 / 4)
print(True and 3, 0 or 'a', not 0, None or 0)
print(3 if x else 4, 'yes' if not x else 'no')
a = [1, 2, 3]
a[1] = 20
a[0] += 5
print(a)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
if (n := 10) > 5:
    print("walrus", n)
print(2 ** 100, -(2 ** 63), 2 ** 63 - 1 + 1)
