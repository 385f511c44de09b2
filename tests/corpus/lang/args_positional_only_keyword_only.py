def pos_only(a, b, /):
    return a, b

def kw_only(*, x, y=0):
    return x, y

def mixed(a, /, b, *, c):
    return a, b, c

def name_clash(name, /, **kwargs):
    return name, kwargs

print(pos_only(1, 2))
print(kw_only(x=1), kw_only(y=5, x=2))
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
print(name_clash("pos", name="kw"))

tests = [
    lambda: pos_only(a=1, b=2),
    lambda: pos_only(1, b=2),
    lambda: kw_only(1),
    lambda: kw_only(),
    lambda: kw_only(x=1, z=2),
    lambda: mixed(a=1, b=2, c=3),
    lambda: mixed(1, 2, 3),
    lambda: mixed(1, c=3),
    lambda: pos_only(1, 2, 3),
    lambda: pos_only(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

print(pos_only.__code__.co_posonlyargcount, kw_only.__code__.co_kwonlyargcount)
print(mixed.__code__.co_varnames, mixed.__code__.co_argcount)

class Point:
    def __init__(self, x, y, /):
        self.x, self.y = x, y
    def move(self, /, dx=0, *, dy=0):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p.move(3), p.move(dy=4), p.move(1, dy=1))
for call in (lambda: Point(x=1, y=2), lambda: p.move(1, 2), lambda: p.move(self=p)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
for src in ["def f(a, /, b, /): pass", "def f(*, a, /): pass", "def f(/, a): pass", "def f(*): pass", "def f(**k, a): pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
