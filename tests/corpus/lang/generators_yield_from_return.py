def inner(n):
    print(f"  inner start {n}")
    for i in range(n):
        received = yield i
        if received:
            print(f"  inner received {received!r}")
    return f"inner-done-{n}"

def outer():
    r1 = yield from inner(2)
    print("  r1 =", r1)
    r2 = yield from inner(1)
    print("  r2 =", r2)
    x = yield from [10, 20]
    print("  list yield from returns", x)
    return (r1, r2)

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

def delegator():
    try:
        yield from catcher()
    except KeyError as e:
        print("  delegator got", repr(e))
        yield "recovered"

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  catcher handled", e)

d = delegator()
print(next(d))
print(d.throw(ValueError("v")))
print(d.throw(KeyError("k")))
print(d.gi_yieldfrom)

def gen_with_frame():
    yield 1
    yield 2
gf = gen_with_frame()
print(gf.gi_running, gf.gi_frame is not None, gf.gi_code.co_name)
next(gf)
print(gf.gi_frame.f_lineno, gf.gi_suspended if hasattr(gf, 'gi_suspended') else '')
list(gf)
print(gf.gi_frame)

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x * 2 for x in [5]))))

def returns_stop():
    yield 1
    return StopIteration("weird")
print(list(returns_stop()))

def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)
print(list(recursive(5)))
