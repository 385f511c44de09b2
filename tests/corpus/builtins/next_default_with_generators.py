def numbers():
    yield 1
    yield 2
    return "done"

g = numbers()
print(next(g), next(g), next(g, "default"), next(g, None), next(g, 0))
def find_first(pred, items):
    return next((x for x in items if pred(x)), None)
print(find_first(lambda x: x > 3, [1, 5, 2, 7]), find_first(lambda x: x > 10, [1, 2]), find_first(str.isupper, "abCd"))
def first_or_raise(items):
    it = iter(items)
    try:
        return next(it)
    except StopIteration:
        raise ValueError("empty input") from None
print(first_or_raise([9, 8]))
try:
    first_or_raise([])
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
it = iter(range(3))
print([next(it, "end") for _ in range(5)])
lines = iter(["# header", "# more", "data1", "data2"])
first_data = next(line for line in lines if not line.startswith("#"))
print(first_data, list(lines))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"), next(c, "still exhausted"))
print(next(iter({}), "empty dict"), next(iter("x")), next(reversed([1, 2])), next(enumerate("q")))
