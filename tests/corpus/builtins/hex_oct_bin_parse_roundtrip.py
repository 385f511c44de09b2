nums = [0, 1, 9, 10, 255, 256, 4095, -1, -255, 2 ** 40, -(2 ** 64)]
for n in nums:
    b, o, h = bin(n), oct(n), hex(n)
    ok = int(b, 0) == int(o, 0) == int(h, 0) == n
    print(f"{n:>22} {b[:24]:24} {o:>24} {h:>20} {ok}")
print(int("0b1010", 2), int("1010", 2), int("0o777", 8), int("777", 8), int("0xFF", 16), int("ff", 16))
print(int("0B11", 0), int("0O7", 0), int("0X1F", 0), int("-0x1f", 16), int(" +0b1 ", 0))
for s, base in [("0x10", 0), ("0b2", 0), ("0o9", 0), ("0x", 16), ("12", 2), ("0_x1", 0)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(s, base, "ValueError:", e)
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(-255, "x"))
print(f"{10:#b}", f"{10:#o}", f"{10:#x}", f"{10:#X}", f"{10:08b}", f"{10:#010b}", f"{2 ** 32:_x}")
print("%x %X %o %#x %#o" % (3054, 3054, 3054, 3054, 3054))
print(float.hex(255.0), (255).to_bytes(2, "big").hex(), bytes.fromhex("ff00").hex(), hex(ord("é")))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
print([to_base(255, b) for b in (2, 8, 16, 36)], all(int(to_base(n, b), b) == n for n in range(-50, 50) for b in (2, 7, 36)))
