print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip("ab", [1, 2, 3], (True,))))
print(list(zip([1, 2], [3, 4], strict=True)), dict(zip("xy", range(2))))
for args in [([1, 2], [3]), ([1], [2, 3]), ([], [1])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z), list(z))
print(list(map(str.upper, "abc")), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(len, ["a", "bb"])), list(map(int, "123")), list(map(lambda x: x, [])))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(divmod, [7, 9], [2, 4])))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x > 1, range(4))))
f = filter(bool, [0, 1, 2])
print(type(f).__name__, next(f), list(f))
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))), sum(map(int, "12345")))
print(list(zip(*[(1, "a"), (2, "b")])), [list(t) for t in zip(*[[1, 2, 3], [4, 5, 6]])])
