rows = [("apple", 1.5, 3), ("pear", 0.75, 10), ("fig", 2.0, 1)]

def render(rows):
    lines = []
    for name, price, qty in rows:
        lines.append(f"{name:<8}{price:>6.2f}{qty:>4d}{price * qty:>8.2f}")
    return "\n".join(lines)

print(render(rows))
print(f"{'total':<8}{sum(p * q for _, p, q in rows):>18.2f}")
print(f"{len(rows)!r:>5}|{rows[0][0]!s:^9}|{rows[1][1]:+.1e}")
try:
    f"{'text':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{3.5:d}"
except ValueError as e:
    print(type(e).__name__, e)
rows.append(("kiwi", "cheap", 4))
print(render(rows))
