def categorize(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup ({type(e).__name__})"
    except ArithmeticError as e:
        return f"arithmetic ({type(e).__name__})"
    except (TypeError, ValueError) as e:
        return f"type/value ({type(e).__name__})"
    except OSError as e:
        return f"os ({type(e).__name__})"
    except Exception as e:
        return f"generic ({type(e).__name__})"

for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), FloatingPointError(),
            TypeError(), UnicodeDecodeError("utf-8", b"", 0, 1, "x"), FileNotFoundError(),
            TimeoutError(), RuntimeError(), NotImplementedError(), StopIteration(), AttributeError()]:
    print(f"{type(exc).__name__:20} -> {categorize(exc)}")

handlers = (ValueError, (KeyError, (IndexError,)))
try:
    try:
        raise IndexError("nested tuples")
    except handlers as e:
        print("nested tuple matched:", repr(e))
except TypeError as e:
    print("nested tuples rejected:", e)

def dynamic(types):
    try:
        raise LookupError("x")
    except types:
        return "matched"
    except BaseException:
        return "not matched"
print(dynamic(LookupError), dynamic((ValueError,)), dynamic(()), dynamic(Exception))
