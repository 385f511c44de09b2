class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print(f"  __format__({spec!r})")
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "raw":
            return str(self.cents)
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money-str"
    def __repr__(self):
        return "Money-repr"

m = Money(12345)
print(f"{m}")
print(f"{m:raw}")
print(f"{m:>12,.1f}")
print("{0} {0!s} {0!r}".format(m))
print(format(m), format(m, "raw"))
print(f"{m!s:>12}|{m!r:<12}|")

class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)

width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|")
print(f"{'x':{'^'}{width}}|")
print("{:{}{}}".format("nest", ">", 8))

class IntSub(int):
    def __format__(self, spec):
        return f"IntSub<{spec}>"
print(f"{IntSub(5):05d}", format(IntSub(5)), str(IntSub(5)))
print(format(object.__new__(NoFormat), ""))
