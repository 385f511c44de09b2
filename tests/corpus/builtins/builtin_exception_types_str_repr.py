classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, KeyError,
           IndexError, ValueError, UnicodeError, TypeError, AttributeError, NameError, UnboundLocalError,
           RuntimeError, RecursionError, NotImplementedError, StopIteration, StopAsyncIteration, OSError,
           FileNotFoundError, PermissionError, TimeoutError, ConnectionError, ImportError, ModuleNotFoundError,
           AssertionError, EOFError, MemoryError, BufferError, SystemError, ReferenceError, GeneratorExit,
           KeyboardInterrupt, SystemExit, Warning, UserWarning, DeprecationWarning, SyntaxWarning, RuntimeWarning]
for cls in classes:
    e0 = cls()
    e1 = cls("message")
    e2 = cls("a", 2)
    print(f"{cls.__name__:20} {str(e0)!r:6} {repr(e1):32} {str(e2)!r}")
print(repr(SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))), str(SyntaxError("m")))
print(repr(UnicodeEncodeError("ascii", "é", 0, 1, "nope")), str(UnicodeEncodeError("ascii", "é", 0, 1, "nope")))
print(str(UnicodeTranslateError("é", 0, 1, "why")), str(ImportError("m", name="pkg", path="/p")))
print(ImportError("m", name="pkg").name, ImportError("m").path, ModuleNotFoundError("x").msg)
print(str(StopIteration(5)), StopIteration(5).value, str(SystemExit(3)), SystemExit(3).code)
print(repr(ExceptionGroup("g", [ValueError(1)])), str(ExceptionGroup("g", [ValueError(1), KeyError(2)])))
try:
    UnicodeDecodeError("utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning), BaseException.__bases__)
