def partial(fn, *preset, **preset_kw):
    def call(*args, **kwargs):
        merged = {**preset_kw, **kwargs}
        return fn(*preset, *args, **merged)
    call.func, call.args, call.keywords = fn, preset, preset_kw
    return call

def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
cube_of_2 = partial(power, 2)
mod_pow = partial(power, mod=7)
print(square(9), cube_of_2(3), mod_pow(3, 4), mod_pow(3, 4, mod=5))
print(square.func.__name__, square.args, square.keywords, cube_of_2.args)
try:
    cube_of_2(3, 4)
except TypeError as e:
    print(type(e).__name__, e)

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str, abs, lambda v: v - 10, int)
print(repr(pipeline("3")), repr(compose()(5)))

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), len(paths.cache))

def make_accumulators():
    totals = {}
    def acc(name):
        def add(v):
            totals[name] = totals.get(name, 0) + v
            return totals[name]
        return add
    return acc, totals
acc, totals = make_accumulators()
a, b = acc("a"), acc("b")
print(a(1), a(2), b(10), a(3), totals)
def curry(fn, n):
    def step(*collected):
        if len(collected) >= n:
            return fn(*collected)
        return lambda x: step(*collected, x)
    return step()
add3 = curry(lambda x, y, z: x + y + z, 3)
print(add3(1)(2)(3), add3("a")("b")("c"))
