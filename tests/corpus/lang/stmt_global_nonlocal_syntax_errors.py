sources = {
    "global after use": "def f():\n    x\n    global x\n",
    "global after assign": "def f():\n    x = 1\n    global x\n",
    "nonlocal no binding": "def f():\n    def g():\n        nonlocal y\n",
    "nonlocal at module": "nonlocal z\n",
    "nonlocal param": "def f(a):\n    nonlocal a\n",
    "global param": "def f(a):\n    global a\n",
    "global annotated": "def f():\n    global q\n    q: int = 1\n",
    "nonlocal annotated": "def f():\n    w = 1\n    def g():\n        nonlocal w\n        w: int = 2\n",
    "duplicate global": "def f():\n    global d, d\n",
    "global in class ok": "class C:\n    global gc\n    gc = 1\n",
    "nonlocal in class method ok": "def f():\n    v = 1\n    class C:\n        def m(self):\n            nonlocal v\n            v = 2\n",
    "return outside": "return 1\n",
    "yield outside": "yield 1\n",
    "await outside": "await x\n",
    "break outside": "break\n",
    "continue outside": "continue\n",
    "break in finally ok": "for i in x:\n    try:\n        pass\n    finally:\n        break\n",
}
for label, src in sources.items():
    try:
        compile(src, "<src>", "exec")
        print(f"{label:28} compiles")
    except SyntaxError as e:
        print(f"{label:28} {type(e).__name__}: {e.msg} (line {e.lineno})")
