ns = {}
code = '''
import sys as _sys
counter = 0

def bump(n=1):
    global counter
    counter += n
    return counter

class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"

class Triangle(Shape):
    sides = 3

result = [bump() for _ in range(3)]
'''
exec(code, ns)
print(ns["result"], ns["counter"], ns["bump"](10), ns["counter"])
print(ns["Triangle"]().describe(), ns["Triangle"].__module__, ns["Shape"].__qualname__)
print(ns["bump"].__module__, ns["bump"].__globals__ is ns)
print(sorted(k for k in ns if not k.startswith("__")))

ns2 = {"__name__": "custom_module"}
exec("class K: pass\ndef f(): pass", ns2)
print(ns2["K"].__module__, ns2["f"].__module__)

local_ns = {}
exec("def g():\n    return h()\ndef h():\n    return 'h found?'", {}, local_ns)
try:
    print(local_ns["g"]())
except NameError as e:
    print(type(e).__name__, e)

shared = {}
exec("def g():\n    return h()\ndef h():\n    return 'h found via globals'", shared)
print(shared["g"]())
exec("x = 1", shared)
exec("x += 1", shared)
exec("y = x * 10", shared)
print(shared["x"], shared["y"])
template = "def {name}(v):\n    return v {op} {n}\n"
funcs = {}
for name, op, n in [("add5", "+", 5), ("times3", "*", 3), ("neg", "*", -1)]:
    exec(template.format(name=name, op=op, n=n), funcs)
print([funcs[k](7) for k in ("add5", "times3", "neg")])
