def make_defaults(n):
    print("computing defaults for", n)
    return {f"opt{i}": i * i for i in range(n)}

class Settings:
    defaults = make_defaults(3)
    names = sorted(defaults)
    print("class body sees", names)

print(Settings.defaults, Settings.names)

class Derived(Settings):
    extra = len(Settings.names)
print(Derived.extra)

def broken_factory():
    class Inner:
        ratio = 10 / len([])
    return Inner

try:
    broken_factory()
except ZeroDivisionError as e:
    print(type(e).__name__, e)

class Registry:
    items = []
    for i in range(3):
        items.append(i * 2)
    print("items in body:", items)
    total = sum(items)
    lookup = {v: k for k, v in enumerate(items)}
    missing = lookup[5]
