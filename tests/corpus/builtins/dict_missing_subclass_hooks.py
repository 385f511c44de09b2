class Counter(dict):
    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        return 0

c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"), len(c))

class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["name"] = "x"
print(u, u["NAME"], u["name"], u.get("name"), dict(u))
u.update(other=1)
print(u)
print(Upper(low=1), Upper({"k": 2}).get("k"))

class Tracking(dict):
    def __contains__(self, key):
        print(f"  __contains__({key!r})")
        return super().__contains__(key)
    def keys(self):
        print("  keys() called")
        return super().keys()
t = Tracking(a=1)
print("a" in t, t.get("a"))
print(dict(t), {**t})
print(list(t), [k for k in t])

class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        self[key] = v = self.factory()
        return v
tree = Default(lambda: Default(int))
tree["x"]["y"] += 5
tree["x"]["z"] += 1
print({k: dict(v) for k, v in tree.items()})
class Bad(dict):
    def __missing__(self, key):
        raise ValueError(f"bad key {key}")
try:
    Bad()["q"]
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(c, dict), type(c.copy()).__name__, type(Counter.fromkeys("ab")).__name__)
