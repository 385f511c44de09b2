def first[T](items: list[T]) -> T:
    return items[0]

print(first([3, 2, 1]), first("abc"))
print(first.__type_params__)
T, = first.__type_params__
print(T.__name__, type(T).__name__, first.__annotations__)

def pair[A, B: int, *Rest, **Kw](a: A, b: B) -> tuple[A, B]:
    return (a, b)
print(pair.__type_params__)
print([(p.__name__, type(p).__name__) for p in pair.__type_params__])
print(pair.__type_params__[1].__bound__)

class Stack[T]:
    def __init__(self):
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"

s = Stack[int]()
s.push(1); s.push(2)
print(s, s.pop(), s)
print(Stack.__type_params__, Stack.__parameters__ if hasattr(Stack, '__parameters__') else None)
print(Stack[str], type(Stack[str]).__name__)
print([b.__name__ if isinstance(b, type) else repr(b) for b in Stack.__orig_bases__] if hasattr(Stack, '__orig_bases__') else 'no orig bases')
print(Stack.__mro__[1].__name__)

class Mapping[K, V](dict):
    def keys_list(self) -> list[K]:
        return list(self)
m = Mapping({'a': 1})
print(m.keys_list(), Mapping.__type_params__)

class Outer[T]:
    class Inner:
        pass
    def method[U](self, x: U) -> tuple[T, U]:
        return x
print(Outer.method.__type_params__, Outer.Inner.__type_params__ if hasattr(Outer.Inner, '__type_params__') else ())

def constrained[S: (int, str)](x: S) -> S:
    return x
print(constrained.__type_params__[0].__constraints__)
print(constrained(5), constrained("s"))
try:
    compile("def f[T, T](): pass", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
def no_params(): pass
print(no_params.__type_params__)
