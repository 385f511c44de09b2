code = compile("a + b", "<calc>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"a": 1, "b": 2}))
code2 = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
ns = {"total": 0}
exec(code2, ns)
print(ns["total"])
print(eval("1 + 1"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}), eval("len(z)", {"z": [1, 2]}))
print(exec("q = 1"), eval(" 5 "), eval("\t(3 +\n 4)"))
for args in [("1 +",), ("x",), (42,), ("1", "not dict"), ("1", {}, 5)]:
    try:
        eval(*args)
    except (SyntaxError, NameError, TypeError) as e:
        print(f"eval{args!r:22} {type(e).__name__}: {e}")
for bad in [lambda: compile("x", "f", "nope"), lambda: compile(5, "f", "exec"), lambda: compile("x = ", "f", "exec"),
            lambda: exec("return 1"), lambda: exec("def f(:\n pass"), lambda: compile("a\0b", "f", "exec")]:
    try:
        bad()
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
print(eval(compile("[i * i for i in range(4)]", "<c>", "eval")))
g = {}
exec("import sys\nv = sys.maxsize > 0", g)
print(g["v"], "sys" in g, "__builtins__" in g)
print(compile("1", "name.py", "eval").co_filename, compile(b"2 + 2", "<b>", "eval").co_name)
print(eval("__debug__"), eval("True"), eval("None") is None, eval("..."))
src = "def add(a, b):\n    return a + b\n"
ns = {}
exec(compile(src, "<add>", "exec"), ns)
print(ns["add"](2, 3), ns["add"].__code__.co_filename)
print(eval("lambda: 7")(), eval("(1, 2)")[1], eval("{'k': [1]}")["k"])
print(compile("x = 1", "<s>", "exec", dont_inherit=True).co_names, compile("pass", "<s>", "single").co_name)
