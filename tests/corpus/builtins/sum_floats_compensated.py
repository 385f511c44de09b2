print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(sum([1e16, 1.0, -1e16]), sum([1.0, 1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(sum([1e-16] * 10, 1.0), sum([1.0] + [1e-16] * 10))
print(sum(range(101)), sum([], 0), sum([], 10), sum((1, 2), 3), sum([1.5, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1, 2.5, 3j]))
print(sum([2 ** 64, 2 ** 64]), sum([0.5, 2 ** 60]), sum(x / 10 for x in range(10)))
print(sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]), sum([float("nan"), 1.0]))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
            lambda: sum(["a"]), lambda: sum(5), lambda: sum([1], 2, 3), lambda: sum([[1]])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([1, 2], start=10), sum(iterable=[1]) if False else "iterable kw not allowed")
try:
    sum(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
values = [1.1, 2.2, 3.3, 4.4, 5.5]
print(sum(values), sum(values) / len(values), sum(v * v for v in values))
print(sum([1e308, 1e308]), sum([-1e308, -1e308]), sum([1e308, 1e308, -1e308]))
print(sum([0.0, -0.0]), sum([-0.0, -0.0]), sum([-0.0], -0.0))
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.c})"
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)))
