class Widget:
    def who(self):
        return __class__
    def name(self):
        return __class__.__name__
    @classmethod
    def cm(cls):
        return __class__ is cls
    def lam(self):
        return (lambda: __class__)()

class Sub(Widget):
    pass

print(Widget().who().__name__, Sub().who().__name__, Sub().name(), Sub.cm(), Widget.cm())
print(Sub().lam().__name__)
print(Widget.who.__code__.co_freevars, Widget.__dict__['who'].__closure__[0].cell_contents is Widget)

def outer():
    def inner():
        pass
    class Local:
        def method(self):
            pass
    fns = [lambda: 0 for _ in range(1)]
    gen = (lambda: 1 for _ in range(1))
    return inner, Local, fns[0], next(gen)

inner, Local, lam_in_comp, lam_in_gen = outer()
print(inner.__qualname__)
print(Local.__qualname__, Local.method.__qualname__)
print(lam_in_comp.__qualname__)
print(lam_in_gen.__qualname__)

def gen_func():
    yield 1
g = gen_func()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
async def coro_func():
    pass
c = coro_func()
print(c.__name__, c.__qualname__, c.cr_code.co_name)
c.close()
print((x for x in []).__qualname__, (x for x in []).gi_code.co_name)

flags = {"generator": 0x20, "coroutine": 0x80, "async_gen": 0x200, "varargs": 0x04, "varkw": 0x08}
async def agen():
    yield
def varfunc(*a, **k):
    pass
for f in (gen_func, coro_func, agen, varfunc, outer):
    print(f.__name__, sorted(k for k, v in flags.items() if f.__code__.co_flags & v))
print(type(Widget.__dict__).__name__, Widget.__module__, Widget.who.__module__)
