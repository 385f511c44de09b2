def encode_id(n, width=2):
    return n.to_bytes(width, "big")

def decode_id(b):
    return int.from_bytes(b, "big")

ids = [0, 1, 255, 256, 65535]
encoded = [encode_id(i) for i in ids]
print(encoded)
print([decode_id(b) for b in encoded] == ids)
print((1024).to_bytes(4, "little"), (-1).to_bytes(1, "big", signed=True), int.from_bytes(b"\x80", "big", signed=True))
print(encode_id(70000, 3), decode_id(encode_id(70000, 3)))
print((2 ** 64 - 1).to_bytes(8, "big").hex(), (1).to_bytes(1, "big").hex())
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("caught:", e)
try:
    (-5).to_bytes(2, "big")
except OverflowError as e:
    print("caught:", e)
ids.append(65536)
for i in ids:
    print(i, encode_id(i).hex())
