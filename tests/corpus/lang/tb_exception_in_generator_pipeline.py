def parse(rows):
    for row in rows:
        name, qty, price = row.split(",")
        yield name, int(qty), float(price)

def totals(items):
    for name, qty, price in items:
        yield name, qty * price

def report(rows):
    grand = 0
    for name, total in totals(parse(rows)):
        grand += total
        print(f"{name:>6}: {total:8.2f}")
    print(f"{'total':>6}: {grand:8.2f}")
    return grand

report(["apple,3,0.5", "pear,2,1.25"])
print()
report(["kiwi,10,0.2", "melon,one,3.0", "grape,1,2.0"])
