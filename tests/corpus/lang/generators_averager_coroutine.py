def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

data = {
    "girls;kg": [40.9, 38.5, 44.3],
    "boys;kg": [39.0, 40.8, 43.2, 40.8],
    "empty": [],
}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        print(key, "running avg:", round(group.send(v), 3))
    group.send(None)
print(sorted(results.items()))

avg = averager()
print(next(avg), avg.send(10), avg.send(20))
try:
    avg.send(None)
except StopIteration as e:
    print("final:", e.value)

def primed(genfunc):
    def start(*a):
        g = genfunc(*a)
        next(g)
        return g
    return start

@primed
def collector(limit):
    items = []
    while len(items) < limit:
        items.append((yield len(items)))
    yield items

c = collector(3)
print(c.send("a"), c.send("b"), c.send("c"))
print(c.gi_frame is not None)
