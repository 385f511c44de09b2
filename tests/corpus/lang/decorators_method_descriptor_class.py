class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args, **kwargs):
            return self(obj, *args, **kwargs)
        bound.__name__ = self.__name__
        return bound

class NoGet:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return self.fn(*args)

class Service:
    def __init__(self, name):
        self.name = name
    @CountCalls
    def greet(self, other):
        return f"{self.name} greets {other}"
    @NoGet
    def broken(self):
        return "unreachable"

s = Service("svc")
print(s.greet("a"), s.greet("b"))
print(Service.greet.calls, type(Service.greet).__name__, s.greet.__name__)
print(Service.greet(s, "direct"), Service.greet.calls)
try:
    s.broken()
except TypeError as e:
    print(type(e).__name__, e)
print(Service.broken(s))

@CountCalls
def free(x):
    return x * 2
print(free(4), free.calls)

def method_decorator(fn):
    def wrapper(self, *args):
        return f"[{type(self).__name__}] " + fn(self, *args)
    return wrapper
class Other:
    @method_decorator
    def run(self, task):
        return f"ran {task}"
    @staticmethod
    @method_decorator
    def weird(self, x):
        return f"static got {x}"
print(Other().run("t1"), Other.weird(Other(), 5))
print(type(Other.__dict__["run"]).__name__, Other.run.__name__)
