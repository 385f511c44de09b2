def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def f():
    x = []
    r = x.extend([7, 8])
    return (r, x)
t(f)
def f():
    x = []
    r = x.extend('ab')
    return (r, x)
t(f)
def f():
    x = []
    r = x.extend(5)
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.extend([7, 8])
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.extend('ab')
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.extend(5)
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.extend([7, 8])
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.extend('ab')
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.extend(5)
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.extend([7, 8])
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.extend('ab')
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.extend(5)
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.extend([7, 8])
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.extend('ab')
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.extend(5)
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.extend([7, 8])
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.extend('ab')
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.extend(5)
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.extend([7, 8])
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.extend('ab')
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.extend(5)
    return (r, x)
t(f)
