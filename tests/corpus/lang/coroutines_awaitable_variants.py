class GenAwait:
    def __await__(self):
        value = yield "GenAwait suspended"
        return f"GenAwait got {value}"

class IterAwait:
    def __await__(self):
        return iter(["iter-step-1", "iter-step-2"])

class ChainAwait:
    def __await__(self):
        return GenAwait().__await__()

async def inner():
    return "inner coroutine value"

class CoroAwait:
    def __await__(self):
        return inner().__await__()

async def main():
    results = []
    results.append(await GenAwait())
    results.append(await IterAwait())
    results.append(await ChainAwait())
    results.append(await CoroAwait())
    return results

c = main()
trace = []
value = None
while True:
    try:
        step = c.send(value)
    except StopIteration as e:
        print("result:", e.value)
        break
    trace.append(step)
    value = None
print(trace)

co = inner()
w = co.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("coroutine_wrapper stop:", e.value)

async def awaits_coroutine_object_directly():
    c = inner()
    return await c
c2 = awaits_coroutine_object_directly()
try:
    c2.send(None)
except StopIteration as e:
    print(e.value)
probe = inner()
print(hasattr(probe, "__await__") and "coroutine objects are awaitable")
probe.close()
