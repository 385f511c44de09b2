buf = bytearray(b"hello")
buf[0] = 72
buf.append(33)
buf.extend(b" ok")
print(buf, len(buf), buf.decode())
buf[1:3] = b"EL"
print(buf, list(buf[:3]))
levels = [0, 64, 128, 255]
pixels = bytearray(levels)
print(pixels, pixels.hex(), max(pixels))
try:
    pixels.append(256)
except ValueError as e:
    print("caught:", e)
try:
    pixels[0] = -1
except ValueError as e:
    print("caught:", e)
def brighten(px, amount):
    for i in range(len(px)):
        px[i] = px[i] + amount
    return px
print(brighten(bytearray([10, 20]), 5))
print(brighten(bytearray(levels), 1))
