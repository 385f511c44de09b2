print(format(42), format(42, "d"), format(42, "5"), format(42, "<5") + "|", format(42, "b"), format(42, "x"), format(42, "o"))
print(format(3.14159), format(3.14159, ".2f"), format(3.14159, "e"), format(3.14159, "%"), format(1e20, "g"))
print(format("text"), format("text", ">8"), format("text", ".2"), format("text", "*^10"))
print(format(True), format(True, "d"), format(False, "^7"), format(None), format(None, ""))
print(format(1 + 2j), format(1 + 2j, ".1f"), format(1 + 2j, ">15"), format(-0.0j, ""))
print(format([1, 2]), format((1,)), format({"k": 1}), format({1}), format(b"x"), format(range(2)))
for value, spec in [(None, "d"), ([1], "x"), ("s", "d"), (1.5, "d"), (1, "s"), (object(), ">3")]:
    try:
        format(value, spec)
    except (TypeError, ValueError) as e:
        print(f"format({type(value).__name__}, {spec!r}) {type(e).__name__}: {e}")
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F()), format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()))
class BadF:
    def __format__(self, spec):
        return 5
try:
    format(BadF())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(format(12345678, ","), format(12345678, "_"), format(0.000012345, ".3g"), format(123, "+010"))
print(format(255, "#06x"), format(-255, "#06x"), format(65, "c"), format(1e-10, ".2%"))
