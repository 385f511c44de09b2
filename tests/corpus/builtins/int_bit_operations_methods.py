for n in [0, 1, 5, 255, 256, -1, -5, -256, 2 ** 64, -(2 ** 64) - 1]:
    print(f"{n:>22} bit_length={n.bit_length():3} bit_count={n.bit_count():3}")
print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(), (0).to_bytes(0, "big"), (65535).to_bytes(2, byteorder="little"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b""), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), signed=True))
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
             lambda: (1).to_bytes(-1, "big"), lambda: (128).to_bytes(1, "big", signed=True)]:
    try:
        call()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((6).as_integer_ratio(), (-3).as_integer_ratio(), (5).is_integer(), (7).conjugate(), (7).real, (7).imag)
print((7).numerator, (7).denominator, True.numerator, (2 ** 70).as_integer_ratio()[0] == 2 ** 70)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100, 1 << 70, (1 << 70) >> 69)
print(-1 & 0xFF, -256 | 0xF, -5 ^ 3, ~-(2 ** 65), (2 ** 65) & -(2 ** 65))
print(int.bit_length(1023), int.bit_count(-7), (5).__index__(), (5).__int__(), (5).__float__())
print((12).__round__(-1), (15).__round__(-1), (25).__round__(-1), (-15).__round__(-1), (5).__trunc__(), (5).__ceil__())
print(round(12345, -2), round(12355, -1), round(-12345, -3), round(7, 2), type(round(7, 2)).__name__)
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big").hex(), (-2).to_bytes(4, "little", signed=True).hex())
