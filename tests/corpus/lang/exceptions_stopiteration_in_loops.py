class Limited:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("exhausted", self.i)
        self.i += 1
        return self.i

print(list(Limited(3)), sum(Limited(4)), [x * 2 for x in Limited(2)])
it = Limited(1)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)

class RaisesValueError:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("not a stop")
try:
    for x in RaisesValueError():
        pass
except ValueError as e:
    print("loop propagated:", e)

def consume_until(it, stop):
    out = []
    while True:
        try:
            v = next(it)
        except StopIteration:
            out.append("<end>")
            break
        if v == stop:
            break
        out.append(v)
    return out
print(consume_until(iter([1, 2, 3]), 2), consume_until(iter([1]), 9))

def gen():
    yield 1
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator stop value:", e.value)
print(next(g, "default after exhaustion"))
print(list(zip(Limited(5), "ab")))
print(dict(zip("xyz", Limited(2))))
print(max(Limited(3)), min(Limited(3), default=None), any(Limited(0)), all(Limited(0)))
