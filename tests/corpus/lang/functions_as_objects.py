def greet(name):
    return f"hello {name}"

alias = greet
print(alias("x"), alias is greet, alias.__name__)
handlers = {"greet": greet, "len": len, "upper": str.upper}
print([handlers[k]("abc") for k in sorted(handlers)])

greet.calls = 0
greet.tags = ["public"]
print(greet.__dict__, sorted(vars(greet)))
del greet.calls
print(hasattr(greet, "calls"))

def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.strip, "  a  "))

funcs = [len, abs, str, repr, type]
print([f.__name__ for f in funcs])
print([f(-1) if f is not len else f("xy") for f in funcs])

def outer():
    def inner():
        return "inner"
    return inner
f1, f2 = outer(), outer()
print(f1 is f2, f1.__code__ is f2.__code__, f1() == f2())

print(callable(greet), type(greet).__name__, type(len).__name__, type(str.upper).__name__, type("a".upper).__name__)
print(greet.__call__("via __call__"), greet.__get__(None, object) is greet)
bound = greet.__get__("me")
print(bound(), type(bound).__name__)
try:
    greet.__code__ = None
except TypeError as e:
    print(type(e).__name__, e)
def other(name):
    return f"replaced code for {name}"
greet.__code__ = other.__code__
print(greet("y"), greet.__name__)
try:
    greet.__globals__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in dir(greet) if not k.startswith("__")))
