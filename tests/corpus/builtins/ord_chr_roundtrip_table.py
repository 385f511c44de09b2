for start in range(32, 127, 16):
    row = "".join(chr(c) for c in range(start, min(start + 16, 127)))
    print(f"{start:3} {row!r}")
print(all(chr(ord(c)) == c for c in "azAZ09!~ é😀"), all(ord(chr(i)) == i for i in range(0, 0x110000, 4099)))
print([ord(c) for c in "\t\n\r "], [hex(ord(c)) for c in "αβγ"], [chr(0x41 + i) for i in range(5)])
print("".join(chr(ord("a") + (ord(c) - ord("a") + 3) % 26) for c in "xyzabc"))
upper = {chr(c) for c in range(ord("A"), ord("Z") + 1)}
print(len(upper), min(upper), max(upper))
print([c for c in map(chr, range(0x2160, 0x2165))], [ord(c) for c in "Ⅰ①¼"])
print(chr(0xD7FF), repr(chr(0xD800)), repr(chr(0xDFFF)), chr(0xE000).isprintable(), ord("\U0010ffff"))
digits = [chr(c) for c in range(0x660, 0x66A)]
print(digits, int("".join(digits)), [int(d) for d in digits[:3]])
print(sum(ord(c) for c in "checksum") % 256, ord(max("hello")), chr(min(map(ord, "hello"))))
print(sorted("bAcB", key=ord), sorted("bAcB", key=lambda c: (c.lower(), ord(c))))
table = {c: ord(c) for c in "AZaz09"}
print(table, {v: k for k, v in table.items()}[97])
print([chr(i) for i in range(ord("0"), ord("9") + 1)] == list("0123456789"))
print(ord(" "), ord("~"), chr(127) == "\x7f", repr(chr(127)), chr(160).isspace(), chr(8364))
print(bytes("AZ", "ascii") == bytes([ord("A"), ord("Z")]), [ord(b) for b in ["a", "b"]])
print("".join(map(chr, [80, 121, 116, 104, 111, 110])))
