class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print(f"  aenter {self.name}")
        return self.name * 2
    async def __aexit__(self, t, v, tb):
        print(f"  aexit {self.name} {t.__name__ if t else None}")
        return self.suppress

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    results = []
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        results.append(a + b)
    async with AsyncCM("s", suppress=True):
        raise KeyError("suppressed")
    async for t in Ticker(3):
        results.append(t)
    else:
        results.append("for-else")
    try:
        async with AsyncCM("p"):
            raise ValueError("propagated")
    except ValueError as e:
        results.append(str(e))
    return results

print(run(main()))

async def bad_with():
    async with object():
        pass
async def bad_for():
    async for x in [1, 2]:
        pass
class NoAnext:
    def __aiter__(self):
        return self
async def bad_anext():
    async for x in NoAnext():
        pass
for c in (bad_with(), bad_for(), bad_anext()):
    try:
        run(c)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    compile("def f():\n    async with x:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
