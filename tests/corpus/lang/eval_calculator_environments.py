SAFE = {"__builtins__": {}, "abs": abs, "min": min, "max": max, "round": round}

def calc(expr, **variables):
    try:
        return eval(expr, SAFE, variables)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(calc("1 + 2 * 3"))
print(calc("x ** 2 + y", x=3, y=1))
print(calc("max(a, b, c) - min(a, b, c)", a=4, b=9, c=-2))
print(calc("round(v, 2)", v=3.14159))
print(calc("unknown + 1"))
print(calc("open('x')"))
print(calc("1 / z", z=0))
print(calc("(lambda n: n * 2)(21)"))
print(calc("[i * i for i in range(3)]"))
print(calc("abs(-5) if flag else 0", flag=True))
print(calc("1 +"))

class Env(dict):
    def __missing__(self, key):
        print(f"  resolving {key!r}")
        if key.startswith("n"):
            return int(key[1:])
        raise KeyError(key)
print(eval("n3 * n4 + n10", {}, Env()))
try:
    eval("q", {}, Env())
except NameError as e:
    print(type(e).__name__, e)

class Recorder(dict):
    def __setitem__(self, k, v):
        print(f"  set {k} = {v!r}")
        super().__setitem__(k, v)
loc = Recorder()
exec("a = 1\nb = a + 1\nfor i in range(2): pass", {}, loc)
print(sorted(loc.items()))
g = {}
exec("import sys as _s\nname = _s.__name__", g)
print(g["name"], "_s" in g, "__builtins__" in g)
