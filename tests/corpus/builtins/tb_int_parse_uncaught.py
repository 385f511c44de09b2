def parse_record(line):
    name, qty, price = line.split(";")
    return name.strip(), int(qty), float(price)

records = ["apple; 3; 0.5", "pear;10;0.25", "fig ;1;2"]
parsed = [parse_record(r) for r in records]
for name, qty, price in parsed:
    print(f"{name:6} x{qty:<3} @ {price:5.2f} = {qty * price:6.2f}")
print("total items:", sum(q for _, q, _ in parsed))
print(int(" 42 "), int("-7"), int("0x1f", 16), int("1_000"))
try:
    int("4.5")
except ValueError as e:
    print("caught:", e)
records.append("kiwi; two; 0.3")
print(int("  12  "), int("+0"), int("-0"), int("0o17", 0))
print(sorted(parsed, key=lambda r: r[2]))
print(parse_record("lime;4;0.1"))
for r in records:
    print(parse_record(r))
