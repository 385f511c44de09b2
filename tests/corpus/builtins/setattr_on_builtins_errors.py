targets = [(5, "x"), ("s", "upper"), ([], "append"), ({}, "new"), (None, "attr"), (len, "__name__"),
           (int, "new_attr"), (object, "x"), ((1,), "y"), (range(3), "start"), (1.5, "real")]
for obj, name in targets:
    try:
        setattr(obj, name, 1)
        print(type(obj).__name__, name, "set ok")
    except (AttributeError, TypeError) as e:
        print(f"{type(obj).__name__:22} {name:9} {type(e).__name__}: {e}")
for obj, name in [(5, "real"), ([], "append"), (int, "__add__"), (str, "upper")]:
    try:
        delattr(obj, name)
    except (AttributeError, TypeError) as e:
        print(f"del {type(obj).__name__}.{name}: {type(e).__name__}: {e}")
def f():
    pass
setattr(f, "custom", 1)
f.__doc__ = "docs"
f.__name__ = "renamed"
print(f.custom, f.__doc__, f.__name__)
try:
    f.__closure__ = None
except AttributeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
Plain.added = 5
setattr(Plain, "__doc__", "class doc")
print(Plain.added, Plain.__doc__)
try:
    Plain.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(Plain, "__name__", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
