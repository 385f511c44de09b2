import sys

def describe():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, repr(v), tb is not None, repr(sys.exception()))

print(describe())
try:
    raise ValueError("A")
except ValueError:
    print(describe())
    try:
        raise KeyError("B")
    except KeyError:
        print(describe())
    print(describe())
print(describe())

def gen():
    try:
        raise TypeError("in generator")
    except TypeError:
        yield describe()
        yield describe()

g = gen()
print(next(g))
print("outside generator:", describe())
try:
    raise IndexError("outer")
except IndexError:
    print("resumed inside handler:", next(g))
    print("back outside:", describe())

def handler_in_function():
    return describe()
try:
    raise OSError("os")
except OSError:
    print(handler_in_function())

def finally_exc_info():
    try:
        try:
            raise LookupError("L")
        finally:
            print("finally:", describe())
    except LookupError:
        pass
finally_exc_info()
print(describe())
