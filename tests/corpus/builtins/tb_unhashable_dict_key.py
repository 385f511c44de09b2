cache = {}
def memo_call(fn, *args):
    key = (fn.__name__, args)
    if key not in cache:
        cache[key] = fn(*args)
        print("computed", key)
    return cache[key]

def total(*xs):
    return sum(xs)

print(memo_call(total, 1, 2), memo_call(total, 1, 2), memo_call(total, 3))
print(len(cache), sorted(cache.values()))
print(memo_call(len, "abc"), memo_call(len, (1, 2)))
try:
    {}[[1]] = 2
except TypeError as e:
    print("caught:", e)
print(memo_call(total, *range(5)), memo_call(max, 3, 9, 4))
print(memo_call(len, [1, 2, 3]))
