print(chr(65), chr(97), chr(0), repr(chr(10)), chr(0x263A), chr(0x1F600), chr(0x10FFFF) == "\U0010FFFF")
print(ord("A"), ord("\n"), ord("é"), ord("😀"), ord(b"a"), ord(bytearray(b"z")), ord("\x00"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(1.5), lambda: ord(""), lambda: ord("ab"),
            lambda: ord(b"ab"), lambda: ord(65), lambda: chr(2 ** 100)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for n in [0, 1, 7, 8, 255, -1, -255, 2 ** 64, -(2 ** 70), True]:
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), int(hex(-37), 0))
print(format(37, "b"), format(37, "#o"), format(37, "X"), f"{37:#x}", "%o %x" % (37, 37))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
print(float.hex(1.0), (255).to_bytes(1, "big").hex(), hex(0), oct(0), bin(0))
