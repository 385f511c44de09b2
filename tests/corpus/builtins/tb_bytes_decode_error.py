payloads = [b"plain ascii", "caf\u00e9".encode("utf-8"), "na\u00efve".encode("latin-1"), b"\xe2\x82\xac"]
for p in payloads:
    print(p, p.decode("utf-8", errors="replace"), p.decode("latin-1"))
print([p.decode("utf-8", "ignore") for p in payloads])
print(b"\xff\xfe".decode("utf-16"), "€".encode("utf-16-le"), "€".encode("cp1252"))
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print("caught:", e.reason, e.start, e.end, e.encoding)
for enc in ("utf-8", "utf-16-le", "latin-1"):
    data = "é".encode(enc)
    print(enc, data, len(data), data.decode(enc))
print(bytes([0xe2, 0x82, 0xac]).decode(), "abc".encode("ascii").decode("utf-8"))
print(b"x\xffy".decode("utf-8", "backslashreplace"), b"x\xffy".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
for p in payloads:
    print(p.hex(" "), p.isascii())
print(len(payloads), [len(p) for p in payloads])
print(b"".join(payloads)[:12])
decoded = [p.decode("utf-8") for p in payloads]
print(decoded)
