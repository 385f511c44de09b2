def nothing():
    pass
def bare():
    return
def explicit_none():
    return None
def tuple_ret():
    return 1, 2
def starred_ret():
    rest = [3, 4]
    return 0, *rest
def paren():
    return (5)
def early(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    for i in range(x):
        if i == 3:
            return f"stopped at {i}"
    return "finished loop"

print(nothing(), bare(), explicit_none())
print(tuple_ret(), type(tuple_ret()).__name__, starred_ret(), paren())
print([early(v) for v in (-1, 0, 2, 10)])
a, b = tuple_ret()
print(a, b)

def multi_exit(items):
    while True:
        try:
            for item in items:
                if item is None:
                    return "found None"
            return "no None"
        finally:
            print("  cleanup for", items)

print(multi_exit([1, None]), multi_exit([2]))

def return_in_with():
    class CM:
        def __enter__(self):
            return "res"
        def __exit__(self, *a):
            print("  exiting with-block")
    with CM() as r:
        return r.upper()
print(return_in_with())

def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
try:
    compile("return 5", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("class C:\n    return 1", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(type(lambda: (yield)).__name__)
