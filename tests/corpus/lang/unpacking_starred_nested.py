a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, (q, *r)], s = [0, (1, 2, 3)], 4
print(p, q, r, s)
a = b = c = [0]
print(a is b is c)
i, j = j, i = 5, 6
print(i, j)
x, y = y, x = "xy"
print(x, y)
k, = [7]
print(k)
[] = []
() = ()
d = {}
d['a'], d['b'] = 1, 2
print(d)

cases = [
    "a, b = 1, 2, 3",
    "a, b, c = 1, 2",
    "a, *b, c = [1]",
    "a, b = 5",
    "a, b = None",
    "(a, b), c = [1, 2], 3",
    "[a] = []",
]
for src in cases:
    try:
        exec(src, {})
        print("ok", src)
    except (ValueError, TypeError) as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
for src in ["*a = [1]", "a, *b, *c = 1, 2", "*a, = [1]", "print(*a for a in x)"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(f"{src!r}: SyntaxError: {e.msg}")
*a, = "xy"
print(a)
print([*"ab", *range(2)], {**{'x': 1}}, (*[1],))
def gen():
    yield from range(3)
one, two, three = gen()
print(one, two, three)
