# exceptions: ordering, context, finally, return in finally
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        elif x == 1:
            return 1 / 0
        return "ok"
    except ValueError as e:
        print("caught", type(e).__name__, e.args)
        return "handled"
    except ZeroDivisionError:
        print("zde")
        raise
    else:
        print("else")
    finally:
        print("finally", x)

print(f(0))
try:
    f(1)
except ZeroDivisionError as e:
    print("outer", e)
print(f(2))

def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())

def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("fin", i)
    return i
print(h())

try:
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise TypeError("t") from k
except TypeError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)

try:
    raise IndexError
except (KeyError, IndexError) as e:
    print("tuple match", type(e).__name__)

class MyError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

try:
    raise MyError(42)
except Exception as e:
    print(e.code, e, isinstance(e, MyError))

def nested():
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
try:
    nested()
except ValueError as e:
    print("got", e)

import sys
try:
    raise RuntimeError("x")
except RuntimeError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
try:
    e = None
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    print(e)
except NameError as n:
    print("NameError", n)
def gen_exc():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
gg = gen_exc()
print(next(gg))
gg.close()
print("closed")
assert True, "never"
try:
    assert 1 == 2, "bad"
except AssertionError as a:
    print("assert", a)
try:
    raise
except RuntimeError as r:
    print(r)
