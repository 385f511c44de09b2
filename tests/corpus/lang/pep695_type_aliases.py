type Point = tuple[float, float]
type IntList = list[int]
type Pair[T] = tuple[T, T]
type Nested[K, V] = dict[K, list[V]]

print(Point, type(Point).__name__)
print(Point.__name__, Point.__value__)
print(Pair.__type_params__, Pair.__value__)
print(Nested.__type_params__, Nested.__value__)
print(Pair[int], Nested[str, int])
print(IntList.__type_params__, IntList.__module__)

type Recursive = list[Recursive] | int
print(Recursive.__value__)

def make():
    type Local = set[str]
    return Local
L = make()
print(L.__name__, L.__value__)

type Lazy = UndefinedAtDefinition
try:
    Lazy.__value__
except NameError as e:
    print(type(e).__name__, e)
UndefinedAtDefinition = bytes
print(Lazy.__value__)

T = Pair.__type_params__[0]
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__)
type Bounded[X: int, Y: (str, bytes)] = list[X | Y]
X, Y = Bounded.__type_params__
print(X, X.__bound__, Y, Y.__constraints__)
type Variadic[*Ts, **P] = tuple[*Ts]
print(Variadic.__type_params__, [type(p).__name__ for p in Variadic.__type_params__])

try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(Point):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Point, type), Point == Point, repr(Pair))
