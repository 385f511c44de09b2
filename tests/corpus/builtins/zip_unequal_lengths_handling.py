a = [1, 2, 3, 4]
b = "xy"
print(list(zip(a, b)), len(list(zip(a, b))))
leftover = iter(a)
paired = list(zip(leftover, b))
print(paired, list(leftover))
def zip_longest(*iterables, fill=None):
    iters = [iter(it) for it in iterables]
    while True:
        row, active = [], 0
        for it in iters:
            try:
                row.append(next(it))
                active += 1
            except StopIteration:
                row.append(fill)
        if not active:
            return
        yield tuple(row)
print(list(zip_longest(a, b, fill="-")), list(zip_longest([], [])), list(zip_longest("ab", range(1))))
try:
    list(zip(a, b, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip(b, a, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip(a, a, b, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(a, a[1:])), [y - x for x, y in zip(a, a[1:])])
print(dict(zip("abc", range(10))), list(zip(range(10 ** 9), "ab")))
consumed = []
def gen(name, n):
    for i in range(n):
        consumed.append(f"{name}{i}")
        yield i
print(list(zip(gen("p", 3), gen("q", 1))), consumed)
