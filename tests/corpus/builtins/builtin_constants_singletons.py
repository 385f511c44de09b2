print(None, True, False, ..., Ellipsis, NotImplemented, __debug__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(__debug__).__name__)
print(Ellipsis is ..., ... == ..., repr(...), str(Ellipsis), bool(...), hash(...) == hash(Ellipsis))
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(None == None, None is None, None == 0, None == False, not None, bool(None), repr(None), str(None))
try:
    None < 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
class Cmp:
    def __eq__(self, other):
        return NotImplemented
print(Cmp() == Cmp(), Cmp() != 5)
print((1).__add__("x"), (1).__lt__(None), "a".__eq__(1), [].__eq__(()), {1}.__or__([2]))
print(int.__add__(1, 2), float.__add__(1.0, 2), float.__radd__(1.0, 2))
print([...], (..., ...), {"e": ...}, [None] * 3, f"{...}", f"{None!r}")
def f():
    pass
print(f() is None, print() is None, [].append(1) is None, {}.update() is None)
import builtins
print(builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented, getattr(builtins, "None", "None is a keyword"))
for name in ["True", "False", "None", "__debug__"]:
    try:
        exec(f"{name} = 0")
    except SyntaxError as e:
        print(name, type(e).__name__, e.msg)
print(Ellipsis.__class__.__name__, NotImplemented.__reduce__(), Ellipsis.__reduce__())
