def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=7, g=8))
print(f(*[1, 2, 3], **{'e': 9, 'z': 0}))
print(f(1, 2, 3, *range(4, 7), e=1, **{'a': 'kw-a'}))
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
print(f.__code__.co_flags & 0x04 != 0, f.__code__.co_flags & 0x08 != 0)

def g(*, only):
    return only
print(g(only=1))

def h(x, y=[]):
    y.append(x)
    return y
print(h(1), h(2), h(3, []))

def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*"ab", *[3]))

def kw_only(**kw):
    return sorted(kw.items())
print(kw_only(), kw_only(b=2, a=1), kw_only(**{'x': 1}, **{'y': 2}))

def defaults_eval_once(n=[]):
    n.append(len(n))
    return n
defaults_eval_once(); defaults_eval_once()
print(defaults_eval_once.__defaults__)

def posonly_and_kw(a, /, **kw):
    return a, kw
print(posonly_and_kw(1, a=2))

lam = lambda a, /, b=2, *c, d, **e: (a, b, c, d, e)
print(lam(1, d=4), lam(1, 2, 3, d=4, x=5))
print(lam.__name__, lam.__defaults__, lam.__kwdefaults__)
