def reduce(fn, items, initial=None):
    it = iter(items)
    acc = next(it) if initial is None else initial
    for x in it:
        acc = fn(acc, x)
    return acc

nums = list(range(1, 11))
print(reduce(lambda a, b: a + b, nums), reduce(lambda a, b: a * b, nums), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(lambda a, b: b + a, "abc"))
squares_of_evens = list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))
print(squares_of_evens, sum(squares_of_evens))
print(list(map(str.title, ["ann lee", "BOB"])), list(filter(str.isalpha, ["ab", "a1", "c"])))
print(list(map(lambda p: p[0] + p[1], zip(nums, nums[1:]))))
print(list(map(None.__class__, [])) if False else list(map(type, [1, "a", None])))
print(list(filter(None, map(lambda x: x % 3, nums))), list(filter(lambda x: x is not None, [0, None, False])))
compose = lambda *fs: lambda x: reduce(lambda acc, f: f(acc), fs, x)
pipeline = compose(lambda s: s.strip(), str.upper, lambda s: s.replace(" ", "_"))
print(pipeline("  hello big world "))
try:
    reduce(lambda a, b: a + b, [])
except StopIteration:
    print("reduce of empty sequence with no initial value")
lazy = map(lambda x: print("  mapping", x) or x * 2, [1, 2, 3])
print("created lazily")
print(next(lazy), list(lazy))
f = filter(lambda x: x > 1, [1, 2, 3])
print(list(f), list(f))
