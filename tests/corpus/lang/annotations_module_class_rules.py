x: int = 5
y: str
print(__annotations__)
print('y' in globals(), x)

class C:
    a: int
    b: "list[str]" = []
    c: dict = {}
    (d): int = 1
    print("in body:", sorted(__annotations__))
print(C.__annotations__)
print(hasattr(C, 'a'), C.b, C.d)

class Sub(C):
    e: float
print(Sub.__annotations__, 'a' in Sub.__annotations__)

class NoAnn:
    pass
print(NoAnn.__annotations__)

def f():
    local: int = 3
    unset: str
    try:
        return unset
    except UnboundLocalError as e:
        return local, type(e).__name__, str(e)
print(f(), f.__annotations__)

obj = C()
obj.attr: int = 10
print(obj.attr, C.__annotations__.get('attr'))
lst = [0]
lst[0]: int = 99
print(lst)

calls = []
def ann(v):
    calls.append(v)
    return v
z: ann("module-level") = 1
class D:
    w: ann("class-level") = 2
def g():
    q: ann("never evaluated") = 3
    return q
print(g(), calls)

def annotated(a: ann("param"), *args: ann("star"), **kw: ann("kw")) -> ann("ret"):
    pass
print(calls)
print(annotated.__annotations__)
try:
    compile("(a, b): int = 1, 2", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("def f():\n    global g\n    g: int = 1\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
C.__annotations__ = {'replaced': bool}
print(C.__annotations__)
