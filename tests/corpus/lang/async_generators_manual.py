async def agen(n):
    for i in range(n):
        received = yield i
        if received is not None:
            print(f"  agen received {received!r}")
    print("  agen finishing")

def run(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("awaitable suspended unexpectedly")

g = agen(3)
print(type(g).__name__, g.__name__, g.ag_running)
ai = g.__aiter__()
print(ai is g)
print(run(g.__anext__()))
print(run(g.asend("hello")))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print(type(e).__name__, repr(e))

async def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup in async generator")

g2 = with_finally()
print(run(g2.__anext__()))
print(run(g2.aclose()))
try:
    run(g2.__anext__())
except StopAsyncIteration:
    print("closed generator is exhausted")

async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught {e}"
g3 = catcher()
print(run(g3.__anext__()))
print(run(g3.athrow(ValueError("x"))))
print(run(g3.__anext__()))

async def consume():
    out = [v async for v in agen(3)]
    total = 0
    async for v in agen(4):
        total += v
    return out, total
print(run(consume()))

async def comp():
    return {k: v async for k, v in pairs()}
async def pairs():
    yield "a", 1
    yield "b", 2
print(run(comp()))
try:
    compile("def f():\n    return [x async for x in y]\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
