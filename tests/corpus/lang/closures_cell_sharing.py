def make_pair():
    shared = []
    def add(v):
        shared.append(v)
        return len(shared)
    def view():
        return tuple(shared)
    return add, view

add, view = make_pair()
print(add('a'), add('b'), view())
print(add.__closure__[0] is view.__closure__[0])

def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 42
    return [f() for f in fs]
print(loop_closures())

def factory():
    results = []
    for i in range(3):
        def make(i=i):
            def g():
                return i * 10
            return g
        results.append(make())
    return [r() for r in results]
print(factory())

def accumulator():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    add.peek = lambda: total
    return add
acc = accumulator()
for n in (1, 2, 3, 4):
    print(n, acc(n), acc.peek())

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
print(deep()()().__code__.co_freevars)

def modify_after_def():
    v = 'first'
    get = lambda: v
    v = 'second'
    return get()
print(modify_after_def())

def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib, memo
fib, memo = fib_memo()
print(fib(30), len(memo))
print(fib.__closure__[0].cell_contents is fib)
