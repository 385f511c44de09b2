square = lambda x: x * x
add = lambda a, b=10: a + b
varargs = lambda *a, **k: (a, sorted(k.items()))
print(square(7), add(1), add(1, 2), varargs(1, 2, z=3, a=4))
print((lambda: "immediate")())
print((lambda x: lambda y: x + y)(3)(4))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda v: v + 1)
print(inc_then_square(4))
print(type(square).__name__, square.__name__, square.__qualname__)

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "max": lambda *xs: max(xs),
}
for sym in sorted(ops):
    print(sym, ops[sym](6, 3))

adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print((lambda *, k: k)(k="kw-only"))
print((lambda a, /, b: (a, b))(1, b=2))
gen_lambda = lambda: (yield 5)
g = gen_lambda()
print(type(g).__name__, next(g))
print((lambda: None)() is None)
print((lambda x: (x, x ** 2, x ** 3))(2))
class K:
    f = lambda self: f"lambda method on {type(self).__name__}"
print(K().f(), K.f.__qualname__)
print((lambda q=[]: q.append(1) or q)(), (lambda q=[]: q)())
