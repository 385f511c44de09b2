shared = []
def producer(tag, n):
    for i in range(n):
        shared.append(f"{tag}{i}")
        yield i

a, b = producer("a", 3), producer("b", 2)
for pair in zip(a, b):
    print(pair)
print(shared)
print(list(a), list(b), shared)

def interleave(*gens):
    gens = list(gens)
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave(iter("abc"), iter([1, 2]), iter(()), (x for x in "XYZW"))))

def counter():
    count = 0
    while True:
        count += 1
        cmd = yield count
        if cmd == "reset":
            count = 0

c1, c2 = counter(), counter()
print(next(c1), next(c1), next(c2), c1.send("reset"), next(c1), next(c2))

def tee(it, n=2):
    buffers = [[] for _ in range(n)]
    it = iter(it)
    def gen(buf):
        while True:
            if not buf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield buf.pop(0)
    return [gen(b) for b in buffers]
x, y = tee(range(4))
print(next(x), next(x), list(y), list(x))

gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
print([list(g) for g in gens])
