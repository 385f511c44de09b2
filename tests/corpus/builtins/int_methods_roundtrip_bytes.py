for n in [0, 1, 127, 128, 255, 256, 65535, -1, -128, -129, 2 ** 63 - 1, -(2 ** 63)]:
    length = max(1, (n.bit_length() + 8) // 8)
    b = n.to_bytes(length, "big", signed=True)
    lb = n.to_bytes(length, "little", signed=True)
    back = int.from_bytes(b, "big", signed=True)
    print(f"{n:>22} {length} {b.hex():>18} {lb.hex():>18} {back == n}")
print((1).to_bytes(), (255).to_bytes(1), (0).to_bytes(3, "little"), int.from_bytes(b"\x00\x00\x01"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x01\x02", byteorder="little"))
print((2 ** 100).to_bytes(13, "big").hex(), int.from_bytes((2 ** 100).to_bytes(13, "big"), "big") == 2 ** 100)
for call in [lambda: (1).to_bytes(0, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
             lambda: int.from_bytes(b"\x01", "other"), lambda: (1).to_bytes(2, "big", True)]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print((0).to_bytes(0, "big"), int.from_bytes(b"", "big"), int.from_bytes(b"", "little", signed=True))
print((1000).bit_length(), (1000).bit_count(), (-1000).bit_length(), (1000).as_integer_ratio(), (1000).is_integer())
print(sum(int.from_bytes(bytes([b]), "big") for b in range(256)) == sum(range(256)))
print([(n, n.to_bytes(2, "big", signed=True).hex()) for n in (-2, -1, 0, 1)])
print(int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes(b"\x00\x80", "little", signed=True))
