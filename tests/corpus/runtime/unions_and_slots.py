u = int | None
print(u, type(u).__name__, u.__args__, isinstance(3, u), isinstance("s", u), isinstance(None, int | None))
print(int | str == str | int, (int | str) | bytes, list | None, issubclass(bool, int | str))
def f(x: int | None = None) -> str | None: return x
print(f.__annotations__)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding)
class A:
    __slots__ = ()
try:
    A().x = 1
except AttributeError as e:
    print(e)
print(A.__dict__.keys() if hasattr(A.__dict__, 'keys') else None)
