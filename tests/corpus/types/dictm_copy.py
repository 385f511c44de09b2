def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def f():
    x = {}
    r = x.copy()
    if type(r).__name__.startswith('dict_'):
        r = list(r)
    return (r, x)
t(f)
def f():
    x = {'a': 1}
    r = x.copy()
    if type(r).__name__.startswith('dict_'):
        r = list(r)
    return (r, x)
t(f)
def f():
    x = {1: 'x', 2: 'y'}
    r = x.copy()
    if type(r).__name__.startswith('dict_'):
        r = list(r)
    return (r, x)
t(f)
def f():
    x = dict.fromkeys('abc', 0)
    r = x.copy()
    if type(r).__name__.startswith('dict_'):
        r = list(r)
    return (r, x)
t(f)
