class Tick:
    def __await__(self):
        yield self

async def job(name, ticks, fail=False):
    for i in range(ticks):
        await Tick()
    if fail:
        raise ValueError(f"{name} failed after {ticks} ticks")
    return f"{name}:{ticks}"

def gather(*coros):
    pending = {i: c for i, c in enumerate(coros)}
    results = [None] * len(coros)
    errors = []
    rounds = 0
    while pending:
        rounds += 1
        for i, c in list(pending.items()):
            try:
                c.send(None)
            except StopIteration as e:
                results[i] = e.value
                del pending[i]
            except Exception as e:
                results[i] = f"<{type(e).__name__}>"
                errors.append(e)
                del pending[i]
    return rounds, results, errors

rounds, results, errors = gather(job("a", 2), job("b", 0), job("c", 3, fail=True), job("d", 1))
print(rounds, results, [str(e) for e in errors])

async def parent():
    first = await job("child1", 1)
    second = await job("child2", 2)
    return [first, second]
print(gather(parent())[:2])

async def with_timeout(coro, limit):
    count = 0
    w = coro.__await__()
    try:
        while True:
            next(w)
            count += 1
            if count > limit:
                w.close()
                raise TimeoutError(f"gave up after {limit} ticks")
            await Tick()
    except StopIteration as e:
        return e.value
print(gather(with_timeout(job("fast", 1), 5), with_timeout(job("slow", 10), 3)))
