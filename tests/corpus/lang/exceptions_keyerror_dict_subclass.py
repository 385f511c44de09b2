class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no setting named {key!r}; known: {sorted(self)}")

s = Strict(host="localhost", port=80)
print(s["host"])
try:
    s["hots"]
except KeyError as e:
    print(type(e).__name__, e)
    print(repr(e.args[0]))
print(s.get("hots", "get() bypasses __missing__"))
print("hots" in s)

class Default(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

groups = Default(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups))
counts = Default(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))

class NotAMissing(dict):
    __missing__ = None
try:
    NotAMissing()["x"]
except TypeError as e:
    print(type(e).__name__, e)

class MissingOnInstance(dict):
    pass
m = MissingOnInstance()
m.__missing__ = lambda key: "instance attribute ignored"
try:
    m["k"]
except KeyError as e:
    print("KeyError still raised:", e)
print(KeyError("k").args, str(KeyError("k")), str(KeyError("")), str(KeyError(("a", 1))))
