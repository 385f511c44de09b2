class Catalog:
    prices = {"a": 1.0, "b": 2.5}
    names = sorted(prices)
    total = sum(prices.values())
    first_key = next(iter(prices))
    upper = [k.upper() for k in prices]
    try:
        doubled = list(p * 2 for p in prices.values())
    except NameError as e:
        doubled = str(e)
    try:
        scaled = [prices[k] * total for k in names]
    except NameError as e:
        scaled = f"NameError: {e}"
    lookup = {k: v for k, v in prices.items()}

print(Catalog.names, Catalog.total, Catalog.first_key, Catalog.upper)
print(Catalog.doubled)
print(Catalog.scaled)
print(Catalog.lookup)

def in_function():
    factor = 3
    class Local:
        values = [factor * i for i in range(3)]
        gen_values = list(factor * i for i in range(3))
    return Local.values, Local.gen_values
print(in_function())

class Outer:
    x = 1
    def method(self):
        return [x for x in range(2)], self.x
print(Outer().method())
class Shadow:
    range = lambda *a: "class attr named range"
    vals = [i for i in range(3)]
print(Shadow.vals)
