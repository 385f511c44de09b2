def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    return "suspended"

async def numbers():
    try:
        for i in range(3):
            yield i
    finally:
        print("  numbers cleanup")

g = numbers()
print(g.ag_running, g.ag_frame is not None, g.ag_await)
print(run(g.asend(None)))
try:
    run(g.athrow(ValueError("boom")))
except ValueError as e:
    print("athrow propagated:", e)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("exhausted after athrow")

g2 = numbers()
try:
    run(g2.asend("early"))
except TypeError as e:
    print(type(e).__name__, e)

async def raising():
    yield 1
    raise KeyError("from async gen")
g3 = raising()
print(run(g3.__anext__()))
try:
    run(g3.__anext__())
except KeyError as e:
    print(type(e).__name__, e)

async def leaks_stop():
    yield 1
    raise StopAsyncIteration
g4 = leaks_stop()
run(g4.__anext__())
try:
    run(g4.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e)

async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
g5 = yields_in_finally()
run(g5.__anext__())
try:
    run(g5.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)

async def agen_return_value():
    yield 1
    return
print(type(agen_return_value()).__name__)
try:
    compile("async def f():\n    yield 1\n    return 5\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("async def f():\n    yield from g()\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
g6 = numbers()
print(run(g6.aclose()), run(g6.aclose()))
