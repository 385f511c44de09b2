class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

async def main():
    it = aiter(Counter(2))
    first = await anext(it)
    second = await anext(it)
    third = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        fourth = "StopAsyncIteration"
    return first, second, third, fourth
print(run(main()))

async def gen():
    yield "g1"
    yield "g2"
async def use_gen():
    g = gen()
    return [await anext(g), await anext(g), await anext(g, "end")]
print(run(use_gen()))
for bad in [lambda: aiter(5), lambda: aiter([1]), lambda: anext(5), lambda: anext(iter([1]))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
a = aiter(Counter(1))
print(type(a).__name__, a is aiter(a))
aw = anext(Counter(1))
print(type(aw).__name__)
print(run(aw))
async def collect():
    return [x async for x in aiter(Counter(3))]
print(run(collect()))
