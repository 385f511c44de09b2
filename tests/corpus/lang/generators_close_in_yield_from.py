def inner():
    try:
        yield "inner-1"
        yield "inner-2"
    except GeneratorExit:
        print("  inner got GeneratorExit")
        raise
    finally:
        print("  inner finally")

def outer():
    try:
        yield "outer-start"
        result = yield from inner()
        print("  never reached", result)
    finally:
        print("  outer finally")

g = outer()
print(next(g), next(g))
print(g.gi_yieldfrom.__name__)
g.close()
print("closed", g.gi_frame)

def inner_returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "swallowed"

def outer2():
    r = yield from inner_returns_on_close()
    print("  outer2 got", r)
    yield "after"

g2 = outer2()
next(g2)
try:
    g2.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def thrower():
    try:
        yield "ready"
    except ValueError as e:
        yield f"inner handled {e}"
def deleg():
    yield from thrower()
    yield "deleg continues"
g3 = deleg()
print(next(g3))
print(g3.throw(ValueError("v")))
print(next(g3))
try:
    g3.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g3))
