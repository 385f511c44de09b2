def outer(a, b=1, *args, c, d=2, **kwargs):
    """Outer docstring."""
    x = a
    def inner(y):
        return x + y
    return inner

print(outer.__name__, outer.__qualname__, outer.__module__)
print(outer.__doc__)
print(outer.__defaults__, outer.__kwdefaults__)
code = outer.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames)
print(code.co_cellvars, code.co_freevars)
print(code.co_firstlineno, type(code.co_code).__name__, code.co_filename.endswith('.py'))
inner = outer(1, c=3)
print(inner.__name__, inner.__qualname__, inner.__code__.co_freevars)
print(inner.__closure__[0].cell_contents)
print(sorted(outer.__globals__) == sorted(globals()))
print(outer.__annotations__, outer.__dict__)

def annotated(x: int, y: "str" = "s", *, z: list[int]) -> bool:
    pass
print(annotated.__annotations__)

lam = lambda q: q
print(lam.__name__, lam.__qualname__, lam.__code__.co_varnames, lam.__doc__)

class K:
    def meth(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass
print(K.meth.__qualname__, K().meth().__qualname__, K.Inner.deep.__qualname__, K.Inner.__qualname__)
print(K.__name__, K.__module__, K.__doc__, K.Inner.__module__)

outer.__name__ = "renamed"
outer.__qualname__ = "Some.path"
print(outer.__name__, outer.__qualname__, outer.__code__.co_name)
try:
    outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del outer.__name__
except TypeError as e:
    print(type(e).__name__, e)
outer.__doc__ = None
print(outer.__doc__)
print(type(outer).__name__, type(len).__name__, type(K.meth).__name__, type(K().meth).__name__)
print(len.__name__, len.__qualname__, len.__module__, [].append.__qualname__)
print(int.__name__, int.__qualname__, int.__module__, type(None).__name__)
