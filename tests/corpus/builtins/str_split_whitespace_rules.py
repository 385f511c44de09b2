s = "  alpha \t beta\n\ngamma\x0b\x0c delta\u00a0eps\u2003zeta  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a b c".split(" ", -1))
print("one::two::three".split("::"), "xaxbxcx".split("x"), "aaa".split("a"))
print("line1\nline2\r\nline3\rline4".split("\n"))
print("\x1c\x1d\x1e\x1f a".split(), "\x85x\u2028y\u2029z".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("k=v=w".split("=", maxsplit=1), "  lead".split(" "), "trail  ".rsplit(" ", 1))
print(" x ".strip(), "xxhixx".strip("x"), "  a  ".lstrip(), "  a  ".rstrip(), "abcba".strip("ab"), "\t\n x\n".strip())
print("www.example.com".strip("cmowz."), "  ".strip() == "", "\u3000wide\u3000".strip())
