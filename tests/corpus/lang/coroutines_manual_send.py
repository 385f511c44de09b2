class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        print(f"  suspend {self.label}")
        value = yield self.label
        print(f"  resume {self.label} with {value!r}")
        return value * 2

async def compute(a):
    x = await Sleep(f"first-{a}")
    y = await Sleep(f"second-{a}")
    return x + y + a

async def main():
    r1 = await compute(1)
    r2 = await compute(10)
    return [r1, r2]

coro = main()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.cr_running, coro.cr_frame is not None)
step = 0
value = None
try:
    while True:
        yielded = coro.send(value)
        print("yielded:", yielded)
        step += 1
        value = step
except StopIteration as e:
    print("result:", e.value)
print(coro.cr_frame)
try:
    coro.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def simple():
    return 42
c = simple()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as e:
    print("simple returned", e.value)

async def thrower():
    try:
        await Sleep("t")
    except KeyError as e:
        print("  coroutine caught", repr(e))
        return "handled"
t = thrower()
t.send(None)
try:
    t.throw(KeyError("boom"))
except StopIteration as e:
    print("after throw:", e.value)

c2 = simple()
c2.close()
print("closed unstarted coroutine")
try:
    iter(simple().__await__()).__next__()
except StopIteration as e:
    print("via __await__:", e.value)
