values = [0, 1, -3, 2.5, -0.0, True, "12", "1.5", "", "abc", b"7", (1, 2), [3], {4: 5}, {6}, range(2), None, 1j]
for conv in (int, float, complex, str, bool):
    row = []
    for v in values:
        try:
            r = conv(v)
            row.append(repr(r))
        except (TypeError, ValueError) as e:
            row.append(type(e).__name__[:4])
    print(f"{conv.__name__:8}", " ".join(row))
for conv in (list, tuple, set, frozenset):
    row = []
    for v in ["ab", b"ab", (1, 2), [1, 1], {3: 4}, range(2), 5, None]:
        try:
            r = conv(v)
            row.append(repr(sorted(r) if isinstance(r, (set, frozenset)) else r))
        except TypeError as e:
            row.append("TypeError")
    print(f"{conv.__name__:10}", " | ".join(row))
print(dict([("a", 1)]), dict(zip("ab", "cd")), bytes([1, 2]), bytearray("é", "utf-8"), bytes(2))
print(str(b"x"), bytes("x", "ascii"), list("héllo".encode()), "".join(map(chr, [104, 105])))
