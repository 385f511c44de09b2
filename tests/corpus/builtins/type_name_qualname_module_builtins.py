things = [int, str, list, dict, type, object, bool, range, len, print, str.upper, dict.fromkeys, "".join, [].append,
          int.__add__, (1).__add__, iter, BaseException, ValueError, type(None), type(...), type(iter([]))]
for t in things:
    print(f"{getattr(t, '__name__', '?'):22} {getattr(t, '__qualname__', '?'):28} {getattr(t, '__module__', None)!s:10}")
class Local:
    class Nested:
        def method(self):
            pass
print(Local.__name__, Local.__qualname__, Local.__module__, Local.Nested.__qualname__, Local.Nested.method.__qualname__)
print(type(Local.Nested.method).__name__, type(Local().method if hasattr(Local, "method") else Local.Nested().method).__name__)
print(int.__doc__.split("\n")[0], str.__doc__.split("\n")[0])
print(len.__doc__.split("\n")[0], type(len.__doc__).__name__)
print([type(x).__name__ for x in (1, "", [], {}, (), set(), frozenset(), b"", bytearray(), 1.0, 1j, None, True)])
print([t.__module__ for t in (int, ValueError, type(len))], object.__module__, type.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__qualname__, (lambda: 0).__qualname__, outer.__module__)
print(type(outer).__name__, type(outer()).__qualname__, type(type).__module__)
print(str.upper.__objclass__.__name__, dict.fromkeys.__self__.__name__, "".join.__self__ == "")
print([].append.__self__, (1).__add__.__self__, len.__self__.__name__)
print(int.__mro__, type(int).__mro__, ValueError.__mro__[1:3])
print(getattr(int, "__qualname__"), getattr(print, "__qualname__"), repr(int.__name__))
