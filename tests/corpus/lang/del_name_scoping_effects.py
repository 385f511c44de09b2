x = 10
def read_global():
    return x
del x
try:
    read_global()
except NameError as e:
    print(type(e).__name__, e)

def del_local_then_global_lookup():
    y = 1
    del y
    try:
        y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(del_local_then_global_lookup())

def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * 2
        out.append(tmp)
        del tmp
    return out, "tmp" in locals()
print(del_in_loop())

def del_parameter(p):
    del p
    p = "rebound"
    return p
print(del_parameter(1))

class Holder:
    attr = 1
    del attr
print(hasattr(Holder, "attr"))

def del_nonlocal():
    v = "cell"
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_nonlocal())

def del_global_from_function():
    global target
    del target
target = "exists"
del_global_from_function()
print("target" in globals())
try:
    del_global_from_function()
except NameError as e:
    print(type(e).__name__, e)

lst = [1, 2, 3]
alias = lst
del lst
print(alias)
d = {"a": {"b": 1}}
del d["a"]["b"]
print(d)
items = list(range(6))
del items[1::2], items[0]
print(items)
