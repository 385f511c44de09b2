def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def f():
    x = []
    r = x.index(1)
    return (r, x)
t(f)
def f():
    x = []
    r = x.index(2, 1)
    return (r, x)
t(f)
def f():
    x = []
    r = x.index('x')
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.index(1)
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.index(2, 1)
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.index('x')
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.index(1)
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.index(2, 1)
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.index('x')
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.index(1)
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.index(2, 1)
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.index('x')
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.index(1)
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.index(2, 1)
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.index('x')
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.index(1)
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.index(2, 1)
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.index('x')
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.index(1)
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.index(2, 1)
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.index('x')
    return (r, x)
t(f)
