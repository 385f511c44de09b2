def echo():
    received = []
    x = yield
    received.append(x)
    y = yield x
    received.append(y)
    z = (yield) or "default"
    received.append(z)
    w = yield 1 + 2
    received.append(w)
    return received

g = echo()
print(next(g))
print(g.send("first"))
print(g.send("second"))
print(g.send(None))
try:
    g.send("last")
except StopIteration as e:
    print("return:", e.value)

def star_yield():
    yield 1, 2
    yield *[3, 4], 5
    yield
    yield None
print(list(star_yield()))

def yield_in_expr():
    total = 0
    while True:
        total += (yield total) or 0
g = yield_in_expr()
print([next(g)] + [g.send(v) for v in (5, 10, None, 1)])

def yield_as_arg():
    print("  got", (yield "a"), (yield "b"))
g = yield_as_arg()
print(next(g), g.send(1))
try:
    g.send(2)
except StopIteration:
    print("done")

def gen_with_return_tuple():
    return_value = yield from [1]
    return *"ab", return_value
print(list(gen_with_return_tuple()))
try:
    next(iter([]).__iter__())
except StopIteration:
    pass
def lam_yield():
    f = lambda: (yield 10)
    return list(f())
print(lam_yield())
for src in ["yield 1", "class C:\n    yield 1", "[(yield) for x in y]", "def f():\n    x = yield = 1"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
