buf = bytearray(16)
print(buf, len(buf))
buf[0:5] = b"HEAD:"
buf[5:9] = (1234).to_bytes(4, "big")
buf[9] = 0xFF
buf[10:16] = b"body!!"
print(buf, buf.hex(" ", 4))
print(buf[:5].decode(), int.from_bytes(buf[5:9], "big"), buf[9], bytes(buf[10:]))
buf[10:14] = b"BODY"
with memoryview(bytes(buf)) as view:
    print(bytes(view[10:16]), view.nbytes)
print(buf[10:16])
checksum = sum(buf) % 256
buf.append(checksum)
print(checksum, len(buf), buf[-1])
frames = bytearray()
for i in range(3):
    payload = f"msg{i}".encode()
    frames += len(payload).to_bytes(2, "little") + payload
print(frames)
pos = 0
decoded = []
while pos < len(frames):
    size = int.from_bytes(frames[pos:pos + 2], "little")
    decoded.append(frames[pos + 2:pos + 2 + size].decode())
    pos += 2 + size
print(decoded)
buf.extend(b"\x00\x00")
print(len(buf), buf.rstrip(b"\x00")[-3:], buf.count(0), buf.find(b"BODY"))
buf[:] = buf.replace(b"HEAD", b"head")
print(buf[:8], buf.startswith(b"head"), buf.isalnum())
