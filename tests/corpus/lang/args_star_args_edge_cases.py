def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(*[]), collect(**{}))
print(collect(*range(3), *(), *"", **{}, **{"x": 1}))
print(collect(*[[]]), collect(*{}))

def echo(a, b, c):
    return a, b, c
print(echo(*"xyz"), echo(1, *[2, 3]), echo(*[1], 2, *[3]), echo(**{"c": 3, "b": 2, "a": 1}))
print(echo(1, **{"b": 2}, c=3))

class KeyMap:
    def __init__(self, d):
        self.d = d
    def keys(self):
        print("  keys() called")
        return list(self.d)
    def __getitem__(self, k):
        print(f"  [{k!r}]")
        return self.d[k]
print(echo(**KeyMap({"a": 1, "b": 2, "c": 3})))

class NonStrKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
for call in [lambda: echo(**NonStrKeys()), lambda: echo(*1), lambda: echo(**1), lambda: echo(1, 2, 3, *[4]),
             lambda: echo(*[1, 2]), lambda: echo(1, a=1, b=2, c=3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def gen():
    print("  generator consumed")
    yield from (1, 2, 3)
print(echo(*gen()))

def defaults_and_star(a, b=2, *rest, c=3):
    return a, b, rest, c
print(defaults_and_star(1), defaults_and_star(1, 5, 6, 7), defaults_and_star(1, c=9))
big = list(range(300))
print(len(collect(*big)[0]), collect(*big)[0][-1])
kw = {f"k{i}": i for i in range(5)}
print(sorted(collect(**kw)[1].items()))
