def f(a, b, /, c, d=4, *, e, f=6):
    pass

def g(a, b=2):
    pass

def h(*, k):
    pass

class C:
    def m(self, x):
        pass

calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: f(a=1, b=2, c=3, e=4),
    lambda: f(1, 2, 3, c=3, e=1),
    lambda: f(1, 2, 3, e=1, zz=3),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, b=2, a=3),
    lambda: g(1, c=5),
    lambda: h(1),
    lambda: h(),
    lambda: h(k=1, j=2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: C().m(x=1, y=2),
    lambda: g(*5),
    lambda: g(**[1]),
    lambda: g(**{1: 2}),
    lambda: g(1, **{'b': 1}, **{'b': 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda *, a, b: 0)(),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda a, /, b: 0)(a=1, b=2),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)
