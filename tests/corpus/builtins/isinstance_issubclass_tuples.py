print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1.0, (int,)), isinstance(None, type(None)))
print(isinstance([], (list, (tuple, (dict,)))), isinstance("s", ()), isinstance(1, int | str), isinstance(None, int | None))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(list, list), issubclass(type, object))
print(issubclass(KeyError, (LookupError,)), issubclass(bool, int | float), issubclass(object, type), isinstance(type, type))
print(isinstance(int, type), isinstance(object, type), isinstance(type, object), issubclass(object, object))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (C, A)), issubclass(C, A), isinstance(B(), (C,)))
for args in [(1, 1), (1, (int, 1)), (1, [int]), (1, "int")]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(f"isinstance{args!r:16} TypeError: {e}")
for args in [(1, int), (int, 1), (int, (int, 1)), ([], list)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print(f"issubclass{args!r:22} TypeError: {e}")
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, list[int].__origin__), isinstance({}, dict))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(3, (bool, float)), isinstance(3.0, float), isinstance(3j, complex), isinstance(b"", bytes), isinstance(bytearray(), bytes))
print(issubclass(bytearray, bytes), issubclass(frozenset, set), issubclass(dict, object), isinstance(range(1), range))
nested = (int, (str, (bytes, (list,))))
print([isinstance(v, nested) for v in (1, "s", b"b", [1], (1,), 1.0)])
