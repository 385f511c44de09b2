good = ["1", "1.5", " -2.5 ", "+3.", ".5", "1e3", "1E-3", "1_000.5", "inf", "-Infinity", "nAn", "+inf",
        "1e500", "-1e500", "1e-500", "0x1p3" if False else "3", "\t4.25\n", "١٫٥" if False else "7", "1_0e1_0", "00.1"]
for s in good:
    print(repr(s), "->", float(s))
bad = ["", " ", "1.5.2", "1e", "e5", "1_", "_1", "1__0", "0x10", "inf inity", "nan1", "1,5", "--1", "1e+-2", "in"]
for s in bad:
    try:
        float(s)
        print(repr(s), "ok?")
    except ValueError as e:
        print(f"{s!r:12} ValueError: {e}")
for arg in [None, [1.0], {}, 1j]:
    try:
        float(arg)
    except TypeError as e:
        print(f"float({arg!r}) TypeError: {e}")
print(float(), float(3), float(True), float(10 ** 20), float(b"2.5"), float(bytearray(b"-1")))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float("0.1") == 0.1, float("-0") , float("-0.0"), float(" 1e-320 "))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), float.fromhex(" 0XA "))
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
