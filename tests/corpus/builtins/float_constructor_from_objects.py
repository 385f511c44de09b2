class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 3
class Both:
    def __float__(self):
        return 1.5
    def __index__(self):
        return 9
print(float(WithFloat()), float(WithIndex()), float(Both()), complex(WithFloat()))
class BadFloat:
    def __float__(self):
        return "2.5"
class Neither:
    pass
for v in [BadFloat(), Neither(), "abc", [1.0], None]:
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(" 3.25 "), float("-inf"), float("1_000.5"), float(b"2.0"), float(7), float(True), float(2 ** 60))
print(float(1 / 3), float("0.1"), float("NaN") != float("nan"), float("  -Infinity "))
class FloatSub(float):
    def __repr__(self):
        return f"FloatSub({float(self)})"
f = FloatSub(1.25)
print(repr(f), float(f), type(float(f)).__name__, f * 2, type(f * 2).__name__, f.hex(), f.is_integer())
print(FloatSub("2.5"), FloatSub(3), float.__new__(FloatSub, 4.5))
print(float("1e-400"), float("-1e-400"), float("1e400"), float("0x10".replace("0x", "")) if False else float("16"))
print(float.fromhex("0x1.8p1"), float(int("12")), float(str(0.1)) == 0.1, float(repr(1 / 3)) == 1 / 3)
print(float(), float(-0), float("-0"), float(0) is not None)
