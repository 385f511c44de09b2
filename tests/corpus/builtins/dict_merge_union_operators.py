base = {"a": 1, "b": 2}
extra = {"b": 20, "c": 30}
print(base | extra, extra | base, base, extra)
merged = base.copy()
merged |= extra
print(merged)
merged |= [("d", 4), ("a", 100)]
print(merged)
try:
    base | [("x", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    base |= 5
except TypeError as e:
    print(type(e).__name__, e)
print({**base, **extra} == base | extra, {} | {}, base | {})

class MyDict(dict):
    pass
md = MyDict(x=1)
r = md | {"y": 2}
print(type(r).__name__, r, type({"y": 2} | md).__name__)

class Mapping:
    def keys(self):
        return ["k"]
    def __getitem__(self, key):
        return "mapping value"
d = {"a": 0}
d |= Mapping()
print(d)
try:
    d | Mapping()
except TypeError as e:
    print(type(e).__name__, e)
chain = {"level": 1} | {"level": 2} | {"level": 3, "extra": True}
print(chain)
from collections import OrderedDict
od = OrderedDict(a=1) | {"b": 2}
print(type(od).__name__, list(od.items()))
print(dict(base, **extra), dict(base, b=99))
