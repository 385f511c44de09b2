Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = Y(lambda self: lambda n: 1 if n < 2 else n * self(n - 1))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print(fact(10), [fib(i) for i in range(12)])

fact2 = lambda n: 1 if n == 0 else n * fact2(n - 1)
print(fact2(15))
gcd = lambda a, b: a if b == 0 else gcd(b, a % b)
print(gcd(84, 36), gcd(17, 0))

compose = lambda *fs: (lambda x: x) if not fs else (lambda x: fs[0](compose(*fs[1:])(x)))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))

church = lambda n: lambda f: lambda x: x if n == 0 else f(church(n - 1)(f)(x))
to_int = lambda c: c(lambda v: v + 1)(0)
print([to_int(church(n)) for n in range(5)])

flatten = lambda lst: [y for x in lst for y in (flatten(x) if isinstance(x, list) else [x])]
print(flatten([1, [2, [3, [4]], 5]]))
quicksort = lambda s: s if len(s) <= 1 else quicksort([x for x in s[1:] if x < s[0]]) + [s[0]] + quicksort([x for x in s[1:] if x >= s[0]])
print(quicksort([5, 3, 8, 1, 9, 2, 7]))
memo = {}
count_ways = lambda n: memo.setdefault(n, 1 if n <= 1 else count_ways(n - 1) + count_ways(n - 2))
print(count_ways(18), len(memo))
print((lambda *a, **k: (a, k))(1, 2, x=3))
