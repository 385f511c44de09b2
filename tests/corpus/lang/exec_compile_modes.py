code_exec = compile("x = 5\ny = x * 2", "<exec>", "exec")
code_eval = compile("x + y", "<eval>", "eval")
code_single = compile("x * 100", "<single>", "single")
ns = {}
print(exec(code_exec, ns), ns["x"], ns["y"])
print(eval(code_eval, ns))
print("single mode echoes expression values:")
exec(code_single, ns)
exec(compile("None", "<s>", "single"), ns)
exec(compile("'text'", "<s>", "single"), ns)
print(code_exec.co_filename, code_eval.co_filename, code_single.co_name)

for mode, src in [("eval", "x = 1"), ("single", "a = 1\nb = 2\n"), ("bad", "1"), ("exec", "def")]:
    try:
        compile(src, "<m>", mode)
        print("compiled", mode)
    except (SyntaxError, ValueError) as e:
        print(mode, type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)

fn_ns = {}
exec("""
def outer():
    v = 'closure value'
    def inner():
        return v
    return inner
class K:
    attr = [i * 2 for i in range(3)]
""", fn_ns)
print(fn_ns["outer"]()(), fn_ns["K"].attr, fn_ns["K"].__module__)

def func_locals_not_updated():
    a = 1
    exec("a = 2")
    return a
print(func_locals_not_updated())

def exec_into_dict():
    scope = {}
    exec("b = 3", globals(), scope)
    return scope
print(exec_into_dict())
src_bytes = b"result = 6 * 7"
exec(src_bytes, ns)
print(ns["result"])
print(eval("(lambda q: q ** 2)(9)"), eval("[i for i in range(3)]"), eval("{'k': 1}")["k"])
print(type(compile("1", "<s>", "eval")).__name__, compile("pass", "f", "exec").co_name)
