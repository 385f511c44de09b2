import sys

def probe():
    return sys.exception()

print(probe(), sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    print(repr(probe()))
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    try:
        raise KeyError("inner")
    except KeyError as e:
        print(repr(sys.exception()), repr(e.__context__))
    print("restored:", repr(sys.exception()))
print("cleared:", sys.exception())

try:
    pass
except Exception:
    print("no")
else:
    print("else ran")

def name_cleared():
    try:
        raise TypeError("t")
    except TypeError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return f"{type(u).__name__}: {u}"
print(name_cleared())

e = "keep me"
try:
    1 / 0
except ZeroDivisionError as e:
    print("in handler:", e)
print("after:", 'e' in dir())

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as t:
    print(repr(t), repr(t.__context__), t.__suppress_context__, t.__cause__)

try:
    try:
        raise ValueError("a")
    finally:
        print("finally during propagation:", repr(sys.exception()))
except ValueError:
    pass

def reraise_bare():
    try:
        raise OSError("os")
    except OSError:
        try:
            raise
        except OSError as again:
            return repr(again)
print(reraise_bare())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
