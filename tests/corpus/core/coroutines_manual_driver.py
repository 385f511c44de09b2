
class Sleep:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        r = yield ("sleep", self.v)
        return r

async def child(x):
    got = await Sleep(x)
    return got * 2

async def parent():
    a = await child(1)
    b = await child(2)
    try:
        await Failing()
    except ValueError as e:
        b += 100
    return a + b

class Failing:
    def __await__(self):
        raise ValueError("nope")
        yield

def run(coro):
    value = None
    steps = []
    while True:
        try:
            req = coro.send(value)
        except StopIteration as s:
            return s.value, steps
        steps.append(req)
        value = req[1] * 10

print(run(parent()))
c = child(5)
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def agen_user():
    total = 0
    async with ACM() as v:
        total += v
    return total

class ACM:
    async def __aenter__(self):
        await Sleep(0)
        return 7
    async def __aexit__(self, *a):
        return False

print(run(agen_user()))

class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        await Sleep(self.i)
        return self.i

async def use_aiter():
    out = []
    async for v in AIter():
        out.append(v)
    return out
print(run(use_aiter()))

