def gen_finally_return():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally runs on return")

def gen_finally_overrides():
    try:
        yield 1
        return "original"
    finally:
        return "overridden in finally"

def gen_finally_yield_on_close():
    try:
        yield 1
    finally:
        print("  cleanup without yield")

def collect(g):
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        out.append(("return", e.value))
    return out

print(collect(gen_finally_return()))
print(collect(gen_finally_overrides()))
g = gen_finally_yield_on_close()
next(g)
g.close()
print("closed")

def gen_except_return():
    try:
        yield "a"
        raise ValueError("inside")
    except ValueError as e:
        return f"handled {e}"
print(collect(gen_except_return()))

def gen_swallow_exit():
    try:
        yield "x"
    finally:
        return "returned during close"
g = gen_swallow_exit()
next(g)
print(g.close())

def gen_throw_finally():
    try:
        yield 1
    finally:
        yield "yield in finally during throw"
g = gen_throw_finally()
next(g)
print(g.throw(KeyError("k")))
try:
    next(g)
except KeyError as e:
    print("KeyError resurfaces after finally:", e)
