def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)

for cls in [ZeroDivisionError, KeyError, IndexError, UnboundLocalError, FileNotFoundError,
            ModuleNotFoundError, RecursionError, NotImplementedError, StopAsyncIteration,
            UnicodeDecodeError, TimeoutError, KeyboardInterrupt, SystemExit, GeneratorExit,
            BrokenPipeError, TabError, FloatingPointError, OverflowError, ExceptionGroup,
            DeprecationWarning, UserWarning, BytesWarning, EncodingWarning]:
    print(chain(cls))

print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(OSError, Exception), EnvironmentError is OSError, IOError is OSError)
print(issubclass(StopIteration, Exception), issubclass(Warning, Exception))

def catch(exc, *handlers):
    try:
        raise exc
    except handlers as e:
        return f"caught {type(e).__name__} by {handlers[0].__name__}..."
    except BaseException as e:
        return f"fell through: {type(e).__name__}"

print(catch(KeyError('k'), LookupError))
print(catch(ZeroDivisionError(), ArithmeticError, ValueError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(UnicodeError(), ValueError))
print(catch(ConnectionResetError(), OSError))
print(catch(RecursionError(), RuntimeError))
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
