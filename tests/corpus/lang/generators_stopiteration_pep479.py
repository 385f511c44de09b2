def leaky():
    yield 1
    raise StopIteration("inside")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))

def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e)

def safe_next(it):
    for x in it:
        yield x
print(list(safe_next(iter([1, 2]))))

def gen_return(v):
    return v
    yield

for v in [None, 0, "text", (1, 2)]:
    try:
        next(gen_return(v))
    except StopIteration as e:
        print(repr(e.value), repr(e), e.args)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(self.n)
        return self.n
print(list(It()))
def deleg():
    r = yield from It()
    print("  yield from got", r)
print(list(deleg()))

def explode():
    yield 1
    raise StopIteration
gen = explode()
next(gen)
next(gen)
