print(int("42"), int(" -42 "), int("+7"), int("\t99\n"), int("1_000_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("0", 0), int("00", 0), int("1_0", 0))
print(int("١٢٣"), int("０１２"), int("-0"), int(b"12"), int(bytearray(b" 7 ")))
print(int(3.99), int(-3.99), int(True), int(), int("  0b_1", 0))
bad = ["", " ", "1.5", "1e3", "0x", "1__0", "_1", "1_", "12a", "0b2", "- 1", "++1", "0o8", "08"]
for s in bad:
    try:
        int(s, 0) if s in ("08",) else int(s)
        print(repr(s), "ok")
    except ValueError as e:
        print(f"{s!r:8} ValueError: {e}")
for s, base in [("12", 1), ("12", 37), ("12", -1), ("9", 8), ("0x1", 10), ("08", 0), ("g", 16)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(f"int({s!r}, {base}) ValueError: {e}")
for args in [(1.5, 10), (None,), ([1],), ("1", "2"), (b"1", 2.0)]:
    try:
        int(*args)
    except TypeError as e:
        print(f"int{args!r} TypeError: {e}")
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 50), int("-" + "9" * 30, 10), int("zz" * 5, 36))
print(int(x="5") if False else "x kw skipped", int("11", base=3))
