log = []
class Box:
    def __init__(self):
        self.items = {"k": 1}
    def __getitem__(self, key):
        log.append(f"getitem {key!r}")
        return self.items[key]
    def __setitem__(self, key, value):
        log.append(f"setitem {key!r}={value!r}")
        self.items[key] = value

def get_box():
    log.append("get_box()")
    return box
def get_key():
    log.append("get_key()")
    return "k"

box = Box()
get_box()[get_key()] += 10
print(log, box.items)
log.clear()

class Attr:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __getattribute__(self, name):
        log.append(f"getattr {name}")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value}")
        object.__setattr__(self, name, value)
a = Attr()
a.v *= 5
print(log)
log.clear()

class ListLike(list):
    def __iadd__(self, other):
        log.append("__iadd__")
        return super().__iadd__(other)
holder = {"lst": ListLike([1])}
holder["lst"] += [2]
print(log, holder)
log.clear()

class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        log.append("__add__")
        return NoIadd(self.v + o)
c = [NoIadd(1)]
orig = c[0]
c[0] += 1
print(log, c[0].v, c[0] is orig)
log.clear()

counter = {"n": 0}
def idx():
    counter["n"] += 1
    return 0
arr = [5]
arr[idx()] **= 2
print(arr, counter)
t = ([],)
try:
    t[0] += [1]
except TypeError as e:
    print(type(e).__name__, e, t)
