import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return f"hello from {self.name}"
    def __repr__(self):
        return f"Node({self.name!r})"

a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), type(r).__name__, weakref.getweakrefcount(a))
r2 = weakref.ref(a)
print(r2 is r or r2 == r, r == weakref.ref(a), hash(r) == hash(a))
p = weakref.proxy(a)
print(p.name, p.greet(), type(p).__name__, isinstance(p, Node))
p.name = "renamed"
print(a.name, repr(a))
for obj in [5, "text", (1, 2), [1], {"k": 1}, None]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
class SlottedWeak:
    __slots__ = ("x", "__weakref__")
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)
cache = weakref.WeakValueDictionary()
keep = [Node(str(i)) for i in range(3)]
for n in keep:
    cache[n.name] = n
print(sorted(cache.keys()), cache["1"], len(cache))
wk = weakref.WeakKeyDictionary()
wk[a] = "metadata"
print(wk[a], a in wk, len(wk))
ws = weakref.WeakSet(keep)
print(len(ws), keep[0] in ws)
def f():
    return "function"
fr = weakref.ref(f)
print(fr()(), weakref.ref(Node)().__name__)
m = weakref.WeakMethod(a.greet)
print(m()(), type(m).__name__)
