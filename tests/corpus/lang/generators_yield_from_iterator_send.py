class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        print(f"  __next__ -> {self.n}")
        return self.n
    def send(self, value):
        print(f"  send({value!r})")
        return self.__next__()
    def throw(self, typ, val=None, tb=None):
        print(f"  throw({typ.__name__})")
        return "handled by throw"

def deleg():
    result = yield from Echo()
    print("  delegated result:", result)
    return result

g = deleg()
print(next(g))
print(g.send("a"))
print(g.throw(KeyError))
try:
    g.send(None)
except StopIteration as e:
    print("stop:", e.value)

class NoSend:
    def __init__(self):
        self.it = iter([10, 20])
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.it)
def deleg2():
    yield from NoSend()
g2 = deleg2()
print(next(g2))
try:
    g2.send("value")
except AttributeError as e:
    print(type(e).__name__, e)

def deleg3():
    r = yield from range(2)
    yield ("range delegation returns", r)
print(list(deleg3()))
def deleg4():
    yield from "hi"
    yield from {"k": 1}
    yield from (x for x in [7])
print(list(deleg4()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print(type(e).__name__, e)
