def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def f():
    x = set()
    r = x.add(2)
    return (sorted(r) if isinstance(r, (set, frozenset)) else r, sorted(x))
t(f)
def f():
    x = {1}
    r = x.add(2)
    return (sorted(r) if isinstance(r, (set, frozenset)) else r, sorted(x))
t(f)
def f():
    x = {1, 2, 3}
    r = x.add(2)
    return (sorted(r) if isinstance(r, (set, frozenset)) else r, sorted(x))
t(f)
def f():
    x = {5, 10, 15, 20}
    r = x.add(2)
    return (sorted(r) if isinstance(r, (set, frozenset)) else r, sorted(x))
t(f)
def f():
    x = frozenset({1, 4})
    r = x.add(2)
    return (sorted(r) if isinstance(r, (set, frozenset)) else r, sorted(x))
t(f)
