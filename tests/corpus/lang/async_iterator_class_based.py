class Awaitable:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield "tick"
        return self.value

class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        print("  __aiter__")
        return self
    def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return Awaitable(self.i * 10)

def drive(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

async def consume():
    out = []
    async for v in AsyncRange(3):
        out.append(v)
    return out
print(drive(consume()))

async def comprehension():
    return [v + 1 async for v in AsyncRange(2)]
print(drive(comprehension()))

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad():
    async for v in BadAnext():
        pass
try:
    drive(bad())
except TypeError as e:
    print(type(e).__name__, e)

class AiterNotAsync:
    def __aiter__(self):
        return [1, 2]
async def bad2():
    async for v in AiterNotAsync():
        pass
try:
    drive(bad2())
except TypeError as e:
    print(type(e).__name__, e)

async def manual_iteration():
    it = AsyncRange(2).__aiter__()
    first = await it.__anext__()
    second = await anext(it)
    try:
        third = await anext(it)
    except StopAsyncIteration:
        third = "exhausted"
    return first, second, third
print(drive(manual_iteration()))
async def break_early():
    async for v in AsyncRange(10):
        if v >= 20:
            break
    return v
print(drive(break_early()))
