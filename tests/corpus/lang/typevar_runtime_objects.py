def ident[T](x: T) -> T:
    return x

class Box[T: (int, str), *Ts, **P]:
    pass

T = ident.__type_params__[0]
print(repr(T), T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__)
print(T.__infer_variance__, type(T).__module__)
BT, Ts, P = Box.__type_params__
print(repr(BT), BT.__constraints__, repr(Ts), repr(P), Ts.__name__, P.__name__)
print(repr(P.args), repr(P.kwargs))
print(T == T, T is ident.__type_params__[0], T != BT)
print(ident.__type_params__ is not ident.__type_params__ or True)

def twice[U]():
    return U
first, second = twice(), twice()
print(first is second, first is twice.__type_params__[0])

class Generic[K, V]:
    def get(self, k: K) -> V: ...
print(Generic.get.__annotations__)
print(Generic.__type_params__[0].__name__, Generic[int, str].__args__)
try:
    Generic[int, str, bytes]
except TypeError as e:
    print(type(e).__name__, e)
try:
    ident.__type_params__ = ()
    print("assignable:", ident.__type_params__)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    ident.__type_params__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
type Alias[X] = list[X]
print(Alias[int].__origin__ is Alias, Alias[int].__args__, Alias.__type_params__[0].__name__)
