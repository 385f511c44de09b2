for w in ["a", "abc", "abcdef"]:
    print(f"[{w.ljust(5)}] [{w.rjust(5)}] [{w.center(5)}] [{w.center(6, '*')}] [{w.zfill(5)}]")
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"), "abc".center(7, "-"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(6), "--1".zfill(5))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "abcd\te".expandtabs(4), "\t".expandtabs(0))
print(repr("12345\t1\n1\t2".expandtabs(3)), repr("x\r\ty".expandtabs(4)), repr("x\ty".expandtabs(-1)))
print("é".center(5, "·"), "日本".ljust(4, "＿"), "x".rjust(0), "toolong".ljust(3))
print("|".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(map(str, range(4))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "-", "x" * 0, "x" * -2, "abc"[::-1], "abc" + "def")
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for a, b in table:
    print(f"{str(a):<8}|{str(b):>5}|")
print("%-6s|%6s|%06.2f" % ("ab", "cd", 3.14159))
