a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
ka, kb = a.keys(), b.keys()
print(ka & kb, sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb), ka.isdisjoint(kb), ka.isdisjoint({"q"}))
print(ka & {"x", "q"}, sorted(ka | ["list", "items"]), ka - "xy", {"x"} <= ka, ka >= {"x", "y"}, ka == {"x", "y", "z"})
ia = a.items()
print(sorted(ia & {("x", 1), ("y", 99)}), sorted(ia - {("x", 1)}), ("y", 2) in ia, ("y", 3) in ia)
print(sorted(ia | b.items()), len(ia), list(ia)[0])
va = a.values()
print(2 in va, 20 in va, list(va), len(va))
for op in ["va & va", "va | {1}", "va == a.values()"]:
    try:
        print(op, eval(op))
    except TypeError as e:
        print(op, "TypeError:", e)
print(type(ka).__name__, type(va).__name__, type(ia).__name__, repr(ka), repr(ia))
print(type(ka & kb).__name__, type(ia | ia).__name__)
a["new"] = 0
print(ka, sorted(ka & {"new"}))
print(ka.mapping is a if hasattr(ka, "mapping") else None, dict(ia) == a)
try:
    ia & {("unhashable", [])}
except TypeError as e:
    print(type(e).__name__, e)
print({}.keys() == set(), {}.items() == set(), {1: 1}.keys() < {1: 1, 2: 2}.keys())
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
