data = iter([1, 2, 3])
print(next(data), next(data), next(data), next(data, "exhausted"), next(data, None))
try:
    next(data)
except StopIteration as e:
    print(type(e).__name__, repr(e))
values = [5, 4, 3, 0, 9]
pos = 0
def reader():
    global pos
    v = values[pos]
    pos += 1
    return v
print(list(iter(reader, 0)), pos)
counter = iter(range(10)).__next__
print(list(iter(counter, 4)))
calls = []
def tick():
    calls.append(1)
    return len(calls)
it = iter(tick, 3)
print(type(it).__name__, next(it), next(it), next(it, "sentinel reached"), len(calls))
for bad in [lambda: iter(5), lambda: iter(5, 0), lambda: next(5), lambda: next([1]), lambda: iter(), lambda: next()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__,
      type(iter(set())).__name__, type(iter(range(1))).__name__, type(iter(b"")).__name__)
i = iter("ab")
print(iter(i) is i, list(i), list(i))
print(next(iter({"k": "v"})), next(iter({"k": "v"}.values())), next(iter({"k": "v"}.items())))
lines = iter(["header", "a", "b", "", "ignored"])
print(next(lines), list(iter(lines.__next__, "")), list(lines))
def gen():
    yield 1
    return "ret"
g = gen()
print(next(g), next(g, "default hides StopIteration value"))
