program = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        return self
    def pop(self):
        return self.items.pop()

result = [fib(i) for i in range(10)]
s = Stack().push(1).push(2)
top = s.pop()
"""
ns = {}
exec(program, ns)
print(ns["result"], ns["top"], ns["fib"](30), type(ns["s"]).__name__, ns["Stack"].__module__)
print(sorted(k for k in ns if not k.startswith("__")))
loop_program = "total = 0\nfor i in range(start, stop):\n    if i % 2:\n        continue\n    total += i\n"
for start, stop in [(0, 10), (5, 6), (3, 3)]:
    env = {"start": start, "stop": stop}
    exec(loop_program, env)
    print(start, stop, env["total"])
try:
    exec("x = 1\ny = undefined_name + 1\n", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("def broken(:\n    pass\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec("if True:\n  a = 1\n    b = 2\n")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
out = {}
exec("import sys\nsize = sys.maxsize > 2 ** 31\nname = __name__", out)
print(out["size"], out["name"])
exec("print('printed from exec', 6 * 7)")
