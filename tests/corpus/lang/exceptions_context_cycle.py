def make_cycle():
    a = ValueError("a")
    b = KeyError("b")
    try:
        try:
            raise a
        except ValueError:
            raise b
    except KeyError:
        try:
            raise a
        except ValueError as again:
            return again

e = make_cycle()
print(repr(e), repr(e.__context__), repr(e.__context__.__context__) if e.__context__ else None)

def same_exception_reraised_in_handler():
    err = RuntimeError("same")
    try:
        raise err
    except RuntimeError:
        try:
            raise err
        except RuntimeError as inner:
            return inner.__context__
print("self-context avoided:", same_exception_reraised_in_handler())

def chain_length(exc):
    n = 0
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        n += 1
        exc = exc.__context__
    return n

def deep_chain(levels):
    try:
        if levels == 0:
            raise IndexError("bottom")
        try:
            deep_chain(levels - 1)
        except Exception as e:
            raise TypeError(f"level {levels}")
    except TypeError:
        raise
try:
    deep_chain(4)
except Exception as e:
    print(chain_length(e), repr(e))
    c = e
    names = []
    while c:
        names.append(str(c))
        c = c.__context__
    print(names)

try:
    try:
        raise ValueError("inner")
    except ValueError as v:
        raise TypeError("outer") from v
except TypeError as t:
    print(t.__cause__ is t.__context__, t.__suppress_context__)
