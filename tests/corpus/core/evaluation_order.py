log = []
def t(name, value=None):
    log.append(name)
    return value if value is not None else name

class Obj:
    def __init__(self):
        self.d = {"k": 1}
        self.a = 10
    def __getattr__(self, n):
        log.append("getattr " + n)
        raise AttributeError(n)

o = Obj()
def get_o():
    log.append("o")
    return o
get_o().a += t("rhs", 5)
print(o.a, log); log.clear()
get_o().d[t("key", "k")] += t("inc", 2)
print(o.d, log); log.clear()
x = t("a", 1) < t("b", 2) < t("c", 0)
print(x, log); log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(d, log); log.clear()
r = t("f", lambda *a, **k: (a, k))(t("p1"), *[t("p2")], kw=t("p3"))
print(r, log); log.clear()
a, b = t("x", 1), t("y", 2)
print(log); log.clear()
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(lst); log.clear()
def gen():
    log.append("gen start")
    yield 1
g = (t("elt") for _ in [t("iter", [1])])
print(log); log.clear()
list(g)
print(log); log.clear()
def deco(n):
    log.append("deco " + n)
    return lambda f: (log.append("apply " + n), f)[1]
@deco("a")
@deco("b")
def decorated():
    pass
print(log); log.clear()
def defaults(a=t("d1"), *, b=t("d2")):
    pass
print(log); log.clear()
class K(t("base", object), metaclass=t("meta", type)):
    log.append("body")
print(log); log.clear()
try:
    t("try")
    raise KeyError(t("exc arg"))
except t("match", KeyError) as e:
    t("handler")
else:
    t("else")
finally:
    t("finally")
print(log); log.clear()
v = t("cond", 0) or t("second", 0) or t("third", 3)
print(v, log); log.clear()
print([t(i) for i in "ab" if t("filter " + i, True)], log); log.clear()
s = f"{t('f1')}-{t('f2')}"
print(s, log); log.clear()
assert t("assert test", True), t("msg")
print(log); log.clear()
del lst[t("del idx", 0)]
print(lst, log)
