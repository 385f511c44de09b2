def pairs(items):
    for a, b in items:
        print(a, b)
pairs([(1, 2), (3, 4)])
for args in ([(1, 2, 3)], [(1,)], [5]):
    try:
        pairs(args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a, *b, c = range(5)
print(a, b, c)
[x, [y, z]] = [1, (2, 3)]
print(x, y, z)
first, second = "hi"
print(first, second)
(*init,) = [1, 2]
print(init)
d = {"a": 1, "b": 2}
k1, k2 = d
print(k1, k2)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p + q)
def f(*args, **kwargs):
    return args, kwargs
print(f(*(1, 2), *[], **{}, **{"z": 0}))
pairs([(1, 2), (3, 4, 5)])
