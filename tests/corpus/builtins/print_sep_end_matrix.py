items = ["a", 1, 2.5, None]
for sep in [" ", "", ", ", "\t", "|-|", None]:
    print(*items, sep=sep)
for end in ["\n", "", " <\n", "\n\n"]:
    print("end test", end=end)
print()
print(*"abc", sep="\n")
print("x", "y", sep="", end="")
print("z")
print(*[], sep="SEP", end="EMPTY\n")
print(sep="ignored", end="only end\n")
print("%d%%" % 50, "{:>4}".format(7), f"{3:03}", sep=" ~ ")
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for r in rows:
    print(*r, sep="\t")
for r in rows:
    print(f"{r[0]:<8}", r[1], sep="|", end="|\n")
print(1, 2, 3, sep=str(0))
print("a\tb\\n", r"raw\n", "uni\u00e9", "emoji😀")
print(True, False, None, ..., NotImplemented, sep=",")
print([1, "2"], (3,), {4: "5"}, {6}, sep="; ")
print(b"bytes", bytearray(b"ba"), memoryview(b"m").tobytes(), sep=" ")
print(1e20, 1e-20, 1.0, -0.0, 2 ** 70, 3 + 4j, sep="\n")
