rows = [("Product", "Qty", "Price"), ("Apple", 3, 0.5), ("Watermelon", 1, 3.25), ("Fig", 12, 0.2)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
print(widths)
line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(line)
for i, row in enumerate(rows):
    cells = [str(row[0]).ljust(widths[0]), str(row[1]).rjust(widths[1]), str(row[2]).rjust(widths[2])]
    print("| " + " | ".join(cells) + " |")
    if i == 0:
        print(line.replace("-", "="))
print(line)
title = "Report"
print(title.center(30, "*"), "|" + title.center(11) + "|", "|" + title.center(12) + "|")
for w in range(6, 10):
    print(repr("ab".center(w)), repr("abc".center(w, ".")))
print("{:^10}|{:<10}|{:>10}".format("c", "l", "r"))
print(f"{'x':-^9}", f"{'yy':-^9}", f"{'zzz':-^8}")
total = sum(r[1] * r[2] for r in rows[1:])
print(f"{'TOTAL':<{widths[0]}} {total:>{widths[1] + widths[2] + 3}.2f}")
print("%-12s|%5d|%8.3f" % ("left", 42, 3.14159))
print("\n".join(f"{n:>3}: {'#' * n}" for n in (1, 5, 3)))
