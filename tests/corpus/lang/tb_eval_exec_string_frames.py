def calc(expr, env):
    print("eval", repr(expr))
    return eval(expr, {"__builtins__": {}}, env)

print(calc("a + b * 2", {"a": 1, "b": 5}))
print(calc("[x * x for x in vals]", {"vals": [1, 2, 3]}))
try:
    calc("a / b", {"a": 1, "b": 0})
except ZeroDivisionError as e:
    print(type(e).__name__, e)

ns = {}
exec("def helper(v):\n    return v['missing']\n", ns)
try:
    ns["helper"]({})
except KeyError as e:
    print("helper failed:", repr(e))

program = """
def step(n):
    return 100 // n

results = []
for n in (5, 2, 0):
    results.append(step(n))
"""
ns = {}
exec(program, ns)
