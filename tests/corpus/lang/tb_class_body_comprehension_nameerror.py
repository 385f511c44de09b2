class Settings:
    base = 10
    scale = [1, 2, 3]
    doubled = [v * 2 for v in scale]
    print("doubled", doubled)
    offsets = [base + i for i in range(1)] if False else None
    print("offsets skipped", offsets)

print(Settings.doubled, Settings.base)

def factory(n):
    class Local:
        size = n
        items = [n * i for i in range(3)]
    return Local
print(factory(4).items, factory(2).size)

class Table:
    columns = ["id", "name"]
    widths = {c: len(c) for c in columns}
    print("widths", widths)
    padded = [c.ljust(max_width) for c in columns for max_width in [6]]
    print("padded", padded)
    max_width = 8
    aligned = [c.rjust(max_width) for c in columns]
