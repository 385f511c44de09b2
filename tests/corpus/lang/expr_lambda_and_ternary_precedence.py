f = lambda x: x if x > 0 else -x
print(f(-5), f(3))
g = lambda: 1, 2
print(type(g).__name__, g[1])
h = (lambda: 1), 2
print(h[0](), h[1])
k = lambda x: (x, x)
print(k(1))
m = lambda *a: a or "empty"
print(m(), m(0))
n = lambda x=1 if True else 2: x
print(n())
print((lambda: lambda: "nested")()())
print(list(map(lambda x: x and x * 2 or "falsy", [0, 1, 2])))
print(1 if (2 if 0 else 0) else 3)
print((1 if 0 else 2) if 3 else 4)
print(0 or 1 if 0 else 2, 0 or (1 if 0 else 2))
print(not 0 if 0 else "x")
x = 5
print("pos" if x > 0 else "neg" if x < 0 else "zero")
print([y for y in range(5) if y % 2 if y > 1])
print([y if y % 2 else -y for y in range(5)])
print((lambda: 0 if False else None)() is not None)
print((lambda a, b: a if a > b else b)(3, 7))
sorter = sorted(["bb", "a", "ccc"], key=lambda s: -len(s))
print(sorter)
print((lambda: (yield))().__class__.__name__)
print(True + True if True else False)
