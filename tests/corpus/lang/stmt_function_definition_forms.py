def plain(): return "plain"
def with_annotations(a: int, b: "str" = "x") -> list: return [a, b]
async def coro(): return "coro"
def gen(): yield "gen"
async def agen(): yield "agen"
def nested_def():
    def inner(): return "inner"
    return inner()
def decorated_target(): return "target"
decorated = (lambda f: f)(decorated_target)
def defaults_expr(a=1 + 1, b=[x * 2 for x in range(2)], c=len("abc")): return a, b, c
def star_only(*, key): return key

print(plain(), with_annotations(1), nested_def(), decorated(), defaults_expr(), star_only(key="k"))
print(next(gen()), type(coro()).__name__ if False else "coro skipped")
c = coro()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(type(agen()).__name__, type(gen()).__name__)
print([f.__name__ for f in (plain, with_annotations, coro, gen, agen)])

def redefined():
    return 1
first = redefined
def redefined():
    return 2
print(first(), redefined(), first is redefined)

if True:
    def conditional():
        return "defined in if"
else:
    def conditional():
        return "never"
print(conditional())

funcs = []
for i in range(3):
    def loop_def(i=i):
        return i
    funcs.append(loop_def)
print([f() for f in funcs], funcs[0] is funcs[1])

def f_with_body_statements(x):
    "doc"
    pass
    ...
    return x
print(f_with_body_statements(9), f_with_body_statements.__doc__)
for src in ["def f(a, a): pass", "def f(a=1, b): pass", "def f(*a, *b): pass", "def f(**a, **b): pass", "lambda: (yield)"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
