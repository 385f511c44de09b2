def coroutine(fn):
    def start(*args, **kw):
        g = fn(*args, **kw)
        next(g)
        return g
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(f"{prefix}{item}")

@coroutine
def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

@coroutine
def map_stage(fn, target):
    while True:
        target.send(fn((yield)))

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def counter(results):
    n = 0
    try:
        while True:
            yield
            n += 1
    except GeneratorExit:
        results.append(n)
        raise

results = []
c = counter(results)
sink = broadcast(printer("even*10: "), c)
pipe = filter_stage(lambda v: v % 2 == 0, map_stage(lambda v: v * 10, sink))
for value in range(7):
    pipe.send(value)
c.close()
print("counted", results)

@coroutine
def accumulate():
    total = []
    while True:
        item = yield total
        total = total + [item]
acc = accumulate()
print(acc.send("a"), acc.send("b"))
try:
    pipe.throw(ValueError("stop pipeline"))
except ValueError as e:
    print("pipeline raised:", e)
try:
    pipe.send(1)
except StopIteration:
    print("pipeline finished")
