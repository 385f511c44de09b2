def sample(a, b=1, /, c=2, *args, d, e=5, **kw):
    """doc"""
    local1 = a + b
    def inner():
        return local1 + c
    return inner

co = sample.__code__
fields = ["co_name", "co_qualname", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
          "co_nlocals", "co_varnames", "co_cellvars", "co_freevars", "co_firstlineno"]
for f in fields:
    print(f, "=", getattr(co, f))
print("co_filename endswith .py:", co.co_filename.endswith(".py"))
print("has bytes code:", isinstance(co.co_code, bytes), type(co.co_consts).__name__, sample.__doc__)
print("names:", co.co_names)
inner = sample(1, d=0)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_varnames, ic.co_argcount)

gen = lambda: (yield)
print(gen.__code__.co_name, gen.__code__.co_flags & 0x20 != 0)
def uses_globals():
    return len(str(print))
print(uses_globals.__code__.co_names)
compiled = compile("x = 1\ny = x + 2", "<mod>", "exec")
print(compiled.co_name, compiled.co_filename, compiled.co_names, compiled.co_varnames)
print(type(co).__name__, co == sample.__code__, hash(co) == hash(sample.__code__))
replaced = co.replace(co_name="renamed")
print(replaced.co_name, co.co_name)
try:
    co.co_name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
print(callable(co.co_lines), all(len(t) == 3 for t in co.co_lines()))
