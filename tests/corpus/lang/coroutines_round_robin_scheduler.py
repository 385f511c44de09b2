class Yield:
    def __await__(self):
        yield "switch"

async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}:{i}")
        await Yield()
    return f"{name} done after {steps}"

def run_all(coros):
    ready = list(coros)
    results = {}
    rounds = 0
    while ready:
        rounds += 1
        still = []
        for c in ready:
            try:
                c.send(None)
                still.append(c)
            except StopIteration as e:
                results[c.__qualname__ + str(len(results))] = e.value
        ready = still
    return rounds, results

log = []
rounds, results = run_all([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)])
print(rounds)
print(log)
print(sorted(results.values()))

async def failing(log):
    log.append("failing start")
    await Yield()
    raise RuntimeError("worker crashed")

async def supervisor(log):
    try:
        await failing(log)
    except RuntimeError as e:
        log.append(f"supervisor caught {e}")
        return "recovered"

log = []
print(run_all([supervisor(log), worker("z", 2, log)]))
print(log)

async def chained(n):
    if n == 0:
        await Yield()
        return 0
    return 1 + await chained(n - 1)
c = chained(5)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("depth", e.value)
