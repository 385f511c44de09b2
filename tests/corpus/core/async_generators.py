class Sleep:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Sleep()
        yield i * 10
    print("agen end")

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    got = [x async for x in agen(2)]
    return out, got

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as s:
            return s.value, ticks

print(run(consume()))
async def closing():
    g = agen(5)
    first = await g.__anext__()
    await g.aclose()
    return first
print(run(closing()))
print(type(agen(1)).__name__)
