def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def f():
    x = []
    r = x.sort()
    return (r, x)
t(f)
def f():
    x = []
    r = x.sort(key=str)
    return (r, x)
t(f)
def f():
    x = []
    r = x.sort(reverse=True)
    return (r, x)
t(f)
def f():
    x = []
    r = x.sort(key=lambda v: str(v), reverse=True)
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.sort()
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.sort(key=str)
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.sort(reverse=True)
    return (r, x)
t(f)
def f():
    x = [1]
    r = x.sort(key=lambda v: str(v), reverse=True)
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.sort()
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.sort(key=str)
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.sort(reverse=True)
    return (r, x)
t(f)
def f():
    x = [3, 1, 2]
    r = x.sort(key=lambda v: str(v), reverse=True)
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.sort()
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.sort(key=str)
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.sort(reverse=True)
    return (r, x)
t(f)
def f():
    x = ['b', 'a', 'c']
    r = x.sort(key=lambda v: str(v), reverse=True)
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.sort()
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.sort(key=str)
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.sort(reverse=True)
    return (r, x)
t(f)
def f():
    x = [1, 'x', None]
    r = x.sort(key=lambda v: str(v), reverse=True)
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.sort()
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.sort(key=str)
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.sort(reverse=True)
    return (r, x)
t(f)
def f():
    x = [[1], [0]]
    r = x.sort(key=lambda v: str(v), reverse=True)
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.sort()
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.sort(key=str)
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.sort(reverse=True)
    return (r, x)
t(f)
def f():
    x = list(range(8))
    r = x.sort(key=lambda v: str(v), reverse=True)
    return (r, x)
t(f)
