rows = [("widget", 4, 2.5), ("gadget", 10, 0.75), ("doohickey", 1, 12.0)]
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>4d}|{price:>8.2f}|{qty * price:>8.2f}")
print(format(1234.5, ",.1f"), format(0.25, ".0%"), format(42, "08b"), format("x", "^5"))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print(f"{3.14159:.3}", f"{10 ** 6:_}", f"{255:#x}", f"{-3:+05d}")
for spec in ["d", ".2f", ">8", "x"]:
    try:
        print(spec, format(7, spec))
    except ValueError as e:
        print(spec, "caught:", e)
try:
    format("text", "d")
except ValueError as e:
    print("caught:", e)
widths = [4, 6, 8]
for w in widths:
    print(f"[{'ab':>{w}}]", f"[{1.5:{w}.1f}]")
precision = "two"
print(f"{3.14159:.{precision}f}")
