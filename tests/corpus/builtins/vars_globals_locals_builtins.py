x_global = 1
print("x_global" in globals(), globals()["x_global"], type(globals()).__name__, globals() is globals())
def f(a, b=2):
    c = a + b
    snapshot = locals()
    return sorted(snapshot)
print(f(1))
print(locals() is globals(), vars() is globals())
class K:
    attr = 1
    def __init__(self):
        self.inst = 2
print(vars(K())["inst"], "attr" in vars(K), type(vars(K)).__name__)
print(sorted(vars(type("T", (), {"a": 1, "b": 2})).keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
for bad in [5, "s", [1], None]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    globals(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    locals(1)
except TypeError as e:
    print(type(e).__name__, e)
import sys
print(vars(sys)["__name__"], "maxsize" in vars(sys))
def modify_globals():
    globals()["created_dynamically"] = "yes"
modify_globals()
print(created_dynamically)
def nested():
    outer_var = 10
    def inner():
        return sorted(locals().items()), outer_var
    return inner()
print(nested())
g = {"a": 1}
exec("b = a + 1\nresult = sorted(k for k in globals() if not k.startswith('__'))", g)
print(g["result"])
