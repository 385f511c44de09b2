def line_total(item):
    return item["price"] * item["qty"]

def total_price(items, tax):
    subtotal = sum(line_total(item) for item in items)
    print("  subtotal:", subtotal)
    return subtotal + subtotal * tax["rate"] + tax["flat"]

def checkout(cart):
    print("checking out", len(cart["items"]), "items")
    price = total_price(cart["items"], cart["tax"])
    print("price:", round(price, 2))
    return price

carts = [
    {"items": [{"price": 2.5, "qty": 2}], "tax": {"rate": 0.1, "flat": 1}},
    {"items": [], "tax": {"rate": 0.5, "flat": 0}},
    {"items": [{"price": 4, "qty": 1}, {"price": 1, "qty": 3}], "tax": {"rate": 0.2, "flat": None}},
]
results = []
for cart in carts:
    results.append(checkout(cart))
print(results)
