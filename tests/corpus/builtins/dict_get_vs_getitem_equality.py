d = {"a": 1, "b": None, 3: "three", (1, 2): "tuple"}
print(d["a"], d.get("a"), d.get("b"), d.get("b", "default"), d.get("zz"), d.get("zz", 0), d[3], d[1, 2])
print("b" in d, d.get("b") is None, "zz" in d, d.get((1, 2)), d.get([1, 2].__class__.__name__))
try:
    d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get("a", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} == {"a": True}, {} == {})
print({"a": [1]} == {"a": [1]}, {1: 2} != {1: 3}, {1: 2} == dict([(1, 2)]), {"x": 0} == {"y": 0})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
print(list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}), {"b": 1, "a": 2} == {"a": 2, "b": 1})
nan = float("nan")
n = {nan: 1}
print(n == {nan: 1}, n == {float("nan"): 1}, n.get(nan), n.get(float("nan")))
m = {"k": nan}
print(m == m, m == {"k": nan}, m == {"k": float("nan")})
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        print(f"  Key.__eq__({self.v}, {o.v})")
        return self.v == o.v
k1, k2 = Key(1), Key(1)
dk = {k1: "stored"}
print(dk[k1], dk[k2], dk.get(Key(2), "missing"))
