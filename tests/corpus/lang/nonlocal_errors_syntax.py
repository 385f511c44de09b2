sources = [
    "def f():\n    nonlocal x\n",
    "nonlocal y\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    nonlocal x\n",
    "def f():\n    def g():\n        global q\n        nonlocal q\n",
    "def f(x):\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
    "class C:\n    nonlocal z\n",
    "def f():\n    z = 1\n    class C:\n        nonlocal z\n        z = 2\n    return z\n",
]
for src in sources:
    try:
        code = compile(src, "<test>", "exec")
        print("ok", repr(src.splitlines()[-1].strip()), type(code).__name__)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)

ns = {}
exec("def f():\n    z = 1\n    class C:\n        nonlocal z\n        z = 2\n    return z\n", ns)
print(ns['f']())

def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
    def b():
        nonlocal x
        x += 10
    a(); b(); a()
    return x
print(outer())

def param_nonlocal(x):
    def set_it(v):
        nonlocal x
        x = v
    set_it(x * 3)
    return x
print(param_nonlocal(7))
