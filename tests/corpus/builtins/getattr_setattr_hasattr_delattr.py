class Obj:
    cls_attr = "class"
    def method(self):
        return "method"

o = Obj()
print(getattr(o, "cls_attr"), getattr(o, "missing", "default"), getattr(o, "method")(), getattr(Obj, "method").__name__)
setattr(o, "dynamic", 5)
setattr(o, "with space", "allowed")
print(o.dynamic, getattr(o, "with space"), sorted(vars(o)))
print(hasattr(o, "dynamic"), hasattr(o, "nope"), hasattr(Obj, "cls_attr"), hasattr(5, "real"), hasattr(None, "x"))
delattr(o, "dynamic")
print(hasattr(o, "dynamic"))
for bad in [lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: getattr(o, 5), lambda: setattr(o, 5, 1),
            lambda: hasattr(o, None), lambda: getattr(o), lambda: setattr(5, "x", 1), lambda: delattr(Obj, "nope"),
            lambda: setattr(object(), "a", 1), lambda: getattr(None, "attr")]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(getattr(o, "missing", None), getattr(5, "bit_length")(), getattr("s", "upper")(), getattr([], "__len__")())
class Prop:
    @property
    def boom(self):
        raise KeyError("inside property")
    @property
    def attr_err(self):
        raise AttributeError("inner attribute error")
p = Prop()
try:
    hasattr(p, "boom")
except KeyError as e:
    print("hasattr propagates", repr(e))
print(hasattr(p, "attr_err"), getattr(p, "attr_err", "default used"))
setattr(Obj, "added", lambda self: "added method")
print(o.added(), getattr(o, "__class__").__name__, getattr(o, "__dict__"))
