x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
del lst[-1], lst[0]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)

class Obj:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __delattr__(self, name):
        print("  __delattr__", name)
        super().__delattr__(name)
o = Obj()
del o.a
print(vars(o))
try:
    del o.zz
except AttributeError as e:
    print(type(e).__name__, e)

class Item:
    def __delitem__(self, key):
        print("  __delitem__", repr(key))
it = Item()
del it[1], it[1:2], it["k", 3]

a, b, c = 1, 2, 3
del a, (b, c)
print('a' in dir(), 'b' in dir())

def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(local_del())

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del "abc"[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
