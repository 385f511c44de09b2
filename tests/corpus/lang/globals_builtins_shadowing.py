import builtins

print(type(__builtins__).__name__ in ("module", "dict"))
original_len = len
def len(x):
    return "shadowed len"
print(len([1, 2]), builtins.len([1, 2]))
del len
print(len([1, 2]))

def uses_sorted():
    return sorted([3, 1, 2])
print(uses_sorted())
builtins_sorted = builtins.sorted
builtins.sorted = lambda seq: "patched builtin"
print(uses_sorted())
builtins.sorted = builtins_sorted
print(uses_sorted())

g = {"__builtins__": {"print": lambda *a: None, "len": lambda x: 42}}
exec("result = len('abc')", g)
print(g["result"])
g2 = {}
exec("result = len('abc')", g2)
print(g2["result"], "__builtins__" in g2)

def shadow_in_function():
    print = lambda *a: "local print"
    return print("x")
print(shadow_in_function())

True_value = True
print(True_value, type(builtins.True_value) if hasattr(builtins, "True_value") else "no builtin")
for name in ["None", "True", "False", "__debug__"]:
    try:
        exec(f"{name} = 1")
    except SyntaxError as e:
        print(name, "SyntaxError:", e.msg)
print(builtins.abs(-3), hasattr(builtins, "print"), "open" in dir(builtins))
class list(list):
    def extra(self):
        return "custom list"
print(list([1]).extra(), type(list()).__mro__[1].__name__)
del list
print(list("ab"))
