class Record:
    def __init__(self, **fields):
        vars(self).update(fields)
    def __repr__(self):
        return f"Record({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"

r = Record(a=1, b="two")
print(r, vars(r), r.a, r.b)
vars(r)["c"] = [3]
print(r.c, hasattr(r, "c"))
d = vars(r)
d.pop("a")
print(r, hasattr(r, "a"))
r.__dict__.clear()
print(r, vars(r))
r.__dict__ = {"replaced": True}
print(r, r.replaced)
try:
    r.__dict__ = None
except TypeError as e:
    print(type(e).__name__, e)
class WithClassAttr:
    shared = "class"
w = WithClassAttr()
print(vars(w), "shared" in vars(w), "shared" in vars(WithClassAttr))
vars(w)["shared"] = "instance"
print(w.shared, WithClassAttr.shared)
print(sorted(vars(Record)) == sorted(Record.__dict__), type(vars(Record)).__name__)
def f():
    pass
f.attr = 1
print(vars(f), vars(f) is f.__dict__)
import sys
print(vars(sys) is sys.__dict__, "path" in vars(sys))
