g = {'x': 10}
print(eval("x * 2", g))
print(sorted(k for k in g if k != '__builtins__'), '__builtins__' in g)
l = {'y': 5}
print(eval("x + y", g, l))
exec("z = x + y\nw = [z] * 2", g, l)
print(sorted(l.items()), 'z' in g)
exec("def f(a):\n    return a + x\n", g)
print(g['f'](1), g['f'].__module__ if '__name__' in g else "no module name", g['f'].__globals__ is g)

src = "total = 0\nfor i in range(5):\n    total += i\n"
ns = {}
exec(src, ns)
print(ns['total'])

code = compile("a * b", "<expr>", "eval")
print(type(code).__name__, code.co_filename, code.co_name)
print(eval(code, {'a': 3, 'b': 4}))
print(exec("1 + 1"), eval("[1, 2][-1]"))

def scoped():
    local_v = 'inner'
    return eval("local_v.upper()")
print(scoped())

try:
    eval("undefined_name", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("1 +", {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)

restricted = {'__builtins__': {'len': len}}
print(eval("len('abc')", restricted))
try:
    eval("print('hi')", restricted)
except NameError as e:
    print(type(e).__name__, e)

class Lookup(dict):
    def __missing__(self, key):
        return f"<{key}>"
print(eval("foo + bar", {}, Lookup()))
exec("class K:\n    attr = 5\n", ns)
print(ns['K'].attr, ns['K'].__module__)
print(eval("  7 * 6  "), eval("\n42\n".strip()))
print(eval(b"3 + 4"), exec(compile("q = 1", "<s>", "single"), {}))
