def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print(s.value)

def delegate():
    r = yield from count(3)
    print("sub returned", r)
    yield "after"
print(list(delegate()))

def thrower():
    try:
        yield 1
    except ValueError as v:
        print("got", v)
        yield 2
    yield 3
t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))

gen = (x * 2 for x in range(5) if x % 2)
print(list(gen))
print(sum(x for x in range(10)))
print({k: v for k, v in [("a", 1), ("b", 2)]})
print([y for x in [[1, 2], [3]] for y in x])

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in with_finally():
    print(v)
w = with_finally()
next(w)
w.close()

def nested_loops():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
print(list(nested_loops()))

def gen_in_try():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as k:
            yield "caught %s" % k
        finally:
            yield "finally %d" % i
print(list(gen_in_try()))

def expr_yield():
    x = 10 + (yield 1)
    y = [(yield 2), (yield 3)]
    return x, y
eg = expr_yield()
print(next(eg), eg.send(5), eg.send("p"))
try:
    eg.send("q")
except StopIteration as s:
    print(s.value)

def gen_with():
    class CM:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *a):
            print("exit", a[0])
    with CM():
        yield 1
        yield 2
print(list(gen_with()))
print(type(count(1)).__name__, count(1).__name__)
def g2():
    yield
print(list(g2()))
lst = [lambda: i for i in range(3)]
print([f() for f in lst])
