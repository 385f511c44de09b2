def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    def reset(value=start):
        nonlocal count
        old = count
        count = value
        return old
    return inc, get, reset

inc, get, reset = make_counter()
print([inc() for _ in range(5)])
print("get:", get())
print("reset returned:", reset())
print("after reset:", get())
inc2, get2, reset2 = make_counter(10, -3)
print(inc2(), inc2(), get2())
print("independent:", get(), get2())
print("reset to 100:", reset2(100), get2())
print(inc.__code__.co_freevars, get.__code__.co_freevars)
print(make_counter.__code__.co_cellvars)
print(len(inc.__closure__), [type(c).__name__ for c in inc.__closure__])
print(sorted(c.cell_contents for c in inc.__closure__))

def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner
    f = mid()
    print("calls:", f(), f(), f())
    return x
print("outer result:", outer())

def late_binding():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(late_binding())

def empty_cell():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    print("now", g())
empty_cell()
