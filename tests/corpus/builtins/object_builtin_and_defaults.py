o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, object.__mro__, type(object.__dict__).__name__)
print(str(o).startswith("<object object at"), repr(o) == str(o), format(o, "") == str(o))
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, o), object.__lt__(o, o), object.__hash__(o) == hash(o))
print(object.__reduce_ex__(o, 2)[0].__name__ if False else "reduce skipped", object.__sizeof__(o) > 0, object.__init__(o))
print(object.__getattribute__("abc", "upper")(), object.__class__ is type, object.__doc__.splitlines()[0])
class Plain:
    pass
p = Plain()
print(p.__class__.__name__, p.__module__, p.__dict__, Plain.__bases__[0] is object, Plain.__doc__)
object.__setattr__(p, "x", 5)
print(p.x, object.__getattribute__(p, "x"))
object.__delattr__(p, "x")
print(hasattr(p, "x"))
try:
    object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(object.__subclasshook__(), object.__init_subclass__(), sorted(n for n in dir(object) if n in ("__class__", "__dir__", "__format__")))
print(type(object.__new__(Plain)).__name__, object.__dir__(p)[:0])
