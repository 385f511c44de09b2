trace = []

def tag(name):
    trace.append(f"make {name}")
    def deco(fn):
        trace.append(f"apply {name} to {fn.__name__}")
        def wrapper(*a, **k):
            trace.append(f"enter {name}")
            r = fn(*a, **k)
            trace.append(f"exit {name}")
            return f"<{name}>{r}</{name}>"
        wrapper.__name__ = fn.__name__ + "_" + name
        return wrapper
    return deco

@tag("outer")
@tag("inner")
def greet(who):
    trace.append("body")
    return f"hi {who}"

print(trace); trace.clear()
print(greet("bob"))
print(trace)
print(greet.__name__)

def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls)

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def alpha(): return 'a'
@register
def beta(): return 'b'
print(sorted(registry), registry['beta']())

@lambda f: f()
def computed():
    return 42
print(computed)

decos = [count_calls, register]
@decos[0]
def indexed():
    return 'idx'
print(indexed(), indexed.calls)

def returns_none(fn):
    return None
@returns_none
def gone():
    pass
print(gone)

class Box:
    @staticmethod
    @count_calls
    def sm(x):
        return x + 1
print(Box.sm(1), Box().sm(2), Box.sm.calls)
