inventory = {
    "fruit": {"apple": 3, "pear": 0},
    "veg": {"carrot": 7},
}

def stock(category, item):
    return inventory[category][item]

def restock(category, item, amount):
    before = stock(category, item)
    inventory[category][item] = before + amount
    print(f"{category}/{item}: {before} -> {inventory[category][item]}")

restock("fruit", "apple", 2)
restock("veg", "carrot", 1)
print(inventory)
try:
    stock("fruit", "mango")
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
print(inventory.get("dairy", {}).get("milk", "n/a"))
try:
    inventory[("tuple", "key")]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[""]
except KeyError as e:
    print(type(e).__name__, e)
restock("dairy", "milk", 5)
