values = [1, 1.5, 1j, "s", b"b", bytearray(), [1], (1,), {1}, frozenset(), {1: 2}, range(1), None,
          True, ..., len, int, print, lambda: 0, iter([]), memoryview(b""), slice(1), object()]
for v in values:
    print(f"{type(v).__name__:22} callable={callable(v)!s:5} hashable={getattr(type(v), '__hash__', None) is not None!s:5} iterable={hasattr(v, '__iter__')!s:5} len={hasattr(v, '__len__')}")
print(isinstance(len, type(print)), type(len) is type(abs), type(int.__add__).__name__, type((1).__add__).__name__)
print(type(str.join).__name__, type("".join).__name__, type(dict.fromkeys).__name__, type(object.__init__).__name__)
print(type(type.__dict__["__dict__"]).__name__, type(int.__dict__["real"]).__name__)
class WithCall:
    def __call__(self):
        return "called"
class NoCall:
    pass
w = WithCall()
print(callable(w), callable(NoCall()), callable(WithCall), w())
nc = NoCall()
nc.__call__ = lambda: "instance attribute"
print(callable(nc))
print([type(x).__name__ for x in (iter(""), iter(()), iter({}), iter(set()), reversed([]), reversed(range(1)))])
print(isinstance(iter([]), type(iter([]))), type(map(len, [])).__name__, type(filter(None, [])).__name__)
print(type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(iter({}.items())).__name__, type(iter(b"")).__name__, type(iter(bytearray())).__name__)
print(type(x for x in []).__name__, type(range(0).__iter__()).__name__)
