def copy_meta(src):
    def apply(dst):
        for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
            setattr(dst, attr, getattr(src, attr))
        dst.__wrapped__ = src
        dst.__dict__.update(src.__dict__)
        return dst
    return apply

def logged(fn):
    @copy_meta(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__)
print(add.__wrapped__(10, 20))

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.cls = cls
    return get

@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), [Point(3, 'q')])

@singleton
@add_repr
class Config:
    def __init__(self, name):
        self.name = name
a = Config("first")
b = Config("second")
print(a, b, a is b, type(Config).__name__, Config.cls.__name__)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache), type(fib).__name__)

class Outer:
    def __repr__(self):
        return 'Outer()'
    @logged
    def method(self, v):
        return v * 2
print(Outer().method(21), Outer.method.__qualname__)
