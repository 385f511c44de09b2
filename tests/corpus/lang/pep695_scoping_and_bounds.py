class Container[T]:
    type Alias = list[T]
    def items(self) -> "Container.Alias":
        return []

print(Container.Alias, Container.Alias.__value__, Container.__type_params__)

def lazy_bound[T: "NotYetDefined"](x: T) -> T:
    return x
T = lazy_bound.__type_params__[0]
print(T.__bound__)

def eval_order():
    log = []
    def note(v):
        log.append(v)
        return v
    def f[U: note(int)](): pass
    print("  bound not evaluated yet:", log)
    f.__type_params__[0].__bound__
    return log
print(eval_order())

def default_scope[V](a: V = None) -> V:
    return a
print(default_scope.__annotations__, default_scope(3))

type Json = dict[str, Json] | list[Json] | str | int | float | bool | None
print(Json.__value__)

class Pair[A, B]:
    def __init__(self, a: A, b: B):
        self.a, self.b = a, b
    def swap(self) -> "Pair[B, A]":
        return Pair(self.b, self.a)
    def __repr__(self):
        return f"Pair({self.a!r}, {self.b!r})"
p = Pair(1, "x")
print(p, p.swap(), Pair[int, str], Pair.__type_params__)
A, B = Pair.__type_params__
print(A.__name__, B.__name__, A is not B, type(A).__name__)
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Pair[int, str]):
    pass
print(Sub.__type_params__, Sub(1, "a"))
def shadow():
    T = "outer T"
    def g[T](): return T
    return g(), T
print(shadow()[1], type(shadow()[0]).__name__)
