class Pause:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield f"pause({self.value})"
        return self.value if received is None else received

async def double(x):
    return 2 * await Pause(x)

async def agen(n):
    for i in range(n):
        yield await Pause(i)

async def main():
    a = [await double(i) for i in range(3)]
    b = [x async for x in agen(4) if x % 2]
    c = {x: await double(x) async for x in agen(2)}
    d = [y for y in [await Pause("direct")]]
    e = await double(await double(1))
    f = [(await double(x)) + 1 for x in range(2) if await Pause(True)]
    return a, b, c, d, e, f

def drive(coro, replies=None):
    trace = []
    value = None
    while True:
        try:
            trace.append(coro.send(value))
        except StopIteration as stop:
            return stop.value, len(trace), trace[:4]
        value = None

result, steps, first = drive(main())
for part in result:
    print(part)
print("steps:", steps, first)

async def gen_expr_async():
    g = (await double(x) for x in range(3))
    return type(g).__name__, [v async for v in g]
print(drive(gen_expr_async())[0])

async def with_replies():
    return [await Pause("ask") for _ in range(2)]
c = with_replies()
print(c.send(None), c.send("first reply"))
try:
    c.send("second reply")
except StopIteration as s:
    print(s.value)
