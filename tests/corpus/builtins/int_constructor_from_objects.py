class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
print(int(WithInt()), int(WithIndex()), int(Both()), float(WithIndex()), complex(WithIndex()))
print(int("10", base=WithIndex()), [0, 1, 2, 3, 4, 5, 6, 7][WithIndex()], bin(WithIndex()), range(WithIndex()))
try:
    int("10", WithInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][WithInt()]
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return "7"
for f in (int, bin, lambda v: [0][v]):
    try:
        f(BadIndex())
    except TypeError as e:
        print(type(e).__name__, e)
print(int(3.9), int(-3.9), int(1e18), int(True), int(" 5 "), int(b"6"), int(bytearray(b"7")))
print(int(7 / 2), int(-3.7), int(1e3), int(-0.0), int(2.5e-3))
class IntSub(int):
    def __repr__(self):
        return f"IntSub({int(self)})"
i = IntSub(5)
print(repr(i), int(i), type(int(i)).__name__, i + 1, type(i + 1).__name__, str(i))
print(int.__new__(IntSub, 9), IntSub("12", 3), IntSub(2.5))
try:
    int(WithInt(), 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(x := 7) if False else int("0b11", 0), int("-0o7", 0), int("+0x_f", 0))
