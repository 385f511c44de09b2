def make_counter():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return incr, reset
inc, rst = make_counter()
print(inc(), inc(), inc())
rst()
print(inc())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def nested(a):
    def level1(b):
        def level2(c):
            return a + b + c
        return level2
    return level1
print(nested(1)(2)(3))
def cell_param(x):
    def get():
        return x
    x += 1
    return get()
print(cell_param(5))
class Acc:
    def __init__(self):
        self.total = 0
    def adder(self):
        def add(n):
            self.total += n
            return self.total
        return add
acc = Acc()
add = acc.adder()
add(5); add(7)
print(acc.total)
print(make_counter.__name__, inc.__name__, inc.__qualname__)
print(inc.__closure__ is not None, len(inc.__closure__))
def gen_closure():
    base = 10
    def g():
        for i in range(3):
            yield base + i
    return g
print(list(gen_closure()()))
