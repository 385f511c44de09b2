def gen_raise_in_finally():
    try:
        yield 1
    finally:
        raise RuntimeError("raised while closing")

g = gen_raise_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

def gen_finally_on_exhaust():
    try:
        yield "a"
    finally:
        print("  finally on normal exhaustion")
print(list(gen_finally_on_exhaust()))

def gen_with_error():
    try:
        yield 1
        raise ValueError("body error")
    finally:
        print("  finally during error propagation")
g = gen_with_error()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)

def gen_throw_replaced():
    try:
        yield
    except KeyError:
        raise IndexError("replaced thrown KeyError")
g = gen_throw_replaced()
next(g)
try:
    g.throw(KeyError("k"))
except IndexError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

def gen_nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
g = gen_nested_finally()
next(g)
g.close()
print(g.gi_frame is None)
