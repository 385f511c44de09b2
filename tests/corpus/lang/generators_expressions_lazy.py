log = []
def src(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i

g = (x * 10 for x in src(3))
print(log)
print(next(g), log)
print(list(g), log)

def bad_iterable():
    raise RuntimeError("evaluated eagerly")
try:
    g = (x for x in bad_iterable())
except RuntimeError as e:
    print("first iterable evaluated at creation:", e)

def fails_later():
    return 1 / 0
g = (fails_later() for _ in range(1))
print("created lazily")
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))

print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in "a quick brown fox".split()))
print(", ".join(str(n) for n in range(5) if n % 2))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))

g = (c for c in "xyz")
print(g.__name__, g.__qualname__, type(g).__name__)
print("x" in g, list(g))

def running():
    print("  running:", gen.gi_running)
    yield
gen = running()
next(gen)
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

squares = (i * i for i in range(4))
print(dict(zip("abcd", squares)))
counts = {}
for w in (w.lower() for w in "The the THE a A".split()):
    counts[w] = counts.get(w, 0) + 1
print(counts)
