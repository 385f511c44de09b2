class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    def __format__(self, spec):
        unit, _, rest = spec.partition(":")
        unit = unit or "K"
        if unit == "C":
            value = self.kelvin - 273.15
        elif unit == "F":
            value = (self.kelvin - 273.15) * 9 / 5 + 32
        elif unit == "K":
            value = self.kelvin
        else:
            raise ValueError(f"unknown unit {unit!r}")
        return format(value, rest or ".1f") + unit
    def __repr__(self):
        return f"Temperature({self.kelvin})"

t = Temperature(300)
print(f"{t}", f"{t:C}", f"{t:F:.3f}", f"{t:K:>10.2f}")
print("{:C}|{:F:08.2f}".format(t, t), format(t, "C:e"))
try:
    f"{t:X}"
except ValueError as e:
    print(type(e).__name__, e)
print([f"{Temperature(k):C:.0f}" for k in (0, 273.15, 373.15)])

class Table:
    def __init__(self, rows):
        self.rows = rows
    def __format__(self, spec):
        width = int(spec) if spec else 6
        return "\n".join("|".join(f"{c:^{width}}" for c in row) for row in self.rows)
print(f"{Table([['a', 'b'], [1, 22]]):5}")
print(format(Table([["x"]])))

class DefaultFormat:
    def __str__(self):
        return "str-used"
print(f"{DefaultFormat()}", format(DefaultFormat(), ""), "{}".format(DefaultFormat()))
try:
    format(DefaultFormat(), "^10")
except TypeError as e:
    print(type(e).__name__, e)
print(format(3, ""), format("s", ""), format(None, ""), format([1], ""))
try:
    format(None, "d")
except TypeError as e:
    print(type(e).__name__, e)
