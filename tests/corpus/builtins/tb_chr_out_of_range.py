def shift(text, k):
    return "".join(chr(ord(c) + k) for c in text)

print(shift("HAL", 1), shift("IBM", -1), shift("abc", 0))
print([ord(c) for c in "Az09"], [chr(n) for n in (0x41, 0x3b1, 0x1f600)])
print(shift("😀", 1), ord(shift("\U0010FFFE", 1)))
codes = [72, 105, 0x10FFFF]
print("".join(map(chr, codes[:2])), len(chr(codes[2])))
try:
    chr(-1)
except ValueError as e:
    print("caught:", e)
print([hex(ord(c)) for c in shift("abc", 0x10000)])
print(shift("xyz", -23), shift("", 5), repr(shift("\x00", 10)))
table = {c: shift(c, 13) for c in "abc"}
print(table, sorted(table.values()))
print(chr(0x10FFFF).encode("utf-8"), ord(chr(0)), chr(0x20).isspace())
print(max(map(ord, "hello")), chr(max(map(ord, "hello"))))
print(len([chr(i) for i in range(0x110000 - 5, 0x110000)]))
print(shift("\U0010FFFF", 1))
