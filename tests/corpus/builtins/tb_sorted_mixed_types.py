inventory = {"apples": 5, "pears": 2, "kiwis": 9, "figs": None}
known = {k: v for k, v in inventory.items() if v is not None}
print(sorted(known))
print(sorted(known.items(), key=lambda kv: kv[1]))
print(sorted(known.values(), reverse=True))
print(max(known, key=known.get), min(known.values()))
try:
    max(inventory.values())
except TypeError as e:
    print("caught:", e)
ranked = sorted(inventory, key=lambda k: inventory[k] or 0)
print(ranked)
print(sorted(inventory.values(), key=lambda v: (v is None, v or 0)))
print(sorted(inventory, key=len), sorted(inventory, reverse=True))
print([k for k, v in inventory.items() if v is None])
print(sum(v for v in inventory.values() if v), len(inventory))
print(sorted([3, 1.5, True]), sorted(["b", "A", "a"]))
print(sorted(known.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(known, key=known.get, reverse=True))
print(sorted(inventory.items(), key=lambda kv: kv[1]))
