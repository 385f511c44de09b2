class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only-str"
    def __repr__(self):
        return "OnlyStr<repr>"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"

for o in (OnlyRepr(), OnlyStr(), Both()):
    print(str(o), repr(o), f"{o}", f"{o!r}", "%s %r" % (o, o), [o], (o,), {"k": o})

class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
    def __repr__(self):
        return "BadStr()"
for fn, o in [(repr, BadRepr()), (str, BadStr()), (str, BadRepr())]:
    try:
        fn(o)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
print(repr(BadStr()))

class StrSub(str):
    pass
class ReprReturnsSub:
    def __repr__(self):
        return StrSub("sub-ok")
r = repr(ReprReturnsSub())
print(r, type(r).__name__)

class Rec:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"Rec({self.items!r})"
try:
    print(repr(Rec()))
except RecursionError as e:
    print(type(e).__name__)
l = [1]
l.append(l)
d = {'k': None}
d['k'] = d
print(l, d, repr(l), str(d))
t = (l,)
print(t)
print(repr(None), repr(Ellipsis), repr(NotImplemented), repr(...), str(None))
print(repr(print), repr(int), repr(type), repr(OnlyRepr))
print(ascii("café ☃"), ascii(OnlyRepr()), ascii(["ü"]))
