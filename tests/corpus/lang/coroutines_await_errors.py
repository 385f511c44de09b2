class NotAwaitable:
    pass

class BadAwait:
    def __await__(self):
        return 5

class GenAwait:
    def __await__(self):
        yield "tick"
        return "tock"

async def await_it(obj):
    return await obj

def drive(coro):
    try:
        while True:
            print("  yielded", repr(coro.send(None)))
    except StopIteration as e:
        return e.value

print(drive(await_it(GenAwait())))
for obj in [NotAwaitable(), BadAwait(), 5, [1]]:
    c = await_it(obj)
    try:
        drive(c)
    except TypeError as e:
        print(type(e).__name__, e)

async def inner():
    return "inner value"
async def outer():
    coro = inner()
    first = await coro
    try:
        await coro
    except RuntimeError as e:
        return first, type(e).__name__, str(e)
print(drive(outer()))

def gen():
    yield 1
async def await_gen():
    await gen()
try:
    drive(await_gen())
except TypeError as e:
    print(type(e).__name__, e)

try:
    compile("def f():\n    await x\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("async def f():\n    yield from x\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

async def raises():
    raise ValueError("inside coroutine")
async def wrapper():
    try:
        await raises()
    except ValueError as e:
        return f"wrapped: {e}"
print(drive(wrapper()))
print(drive(raises()))
