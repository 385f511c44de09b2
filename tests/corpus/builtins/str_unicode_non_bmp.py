s = "a😀b𝄞c\U00010000"
print(len(s), list(s), [hex(ord(c)) for c in s])
print(s[1], s[3], s[-1], s[1:4], s[::-1], s[::2])
print(s.find("𝄞"), s.index("c"), s.count("😀"), "😀" in s, s.upper(), s.encode("utf-8"))
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2, len(s.encode("utf-32-le")) // 4)
print(s.encode("utf-16-be").hex(), s.encode("utf-8").decode("utf-8") == s)
print(chr(0x1F600), ord("😀"), chr(0x10FFFF) == "\U0010ffff", "\U0001F600" == "😀")
print(sorted("😀a𝄞Z"), max("a😀"), min("😀𝄞"), "😀" > "\uffff")
print("😀".isprintable(), "𝔘".isalpha(), "𝟘".isdigit(), "𝟘".isdecimal(), int("𝟘𝟙𝟚"), "😀".isalpha())
print("x😀y".split("😀"), "😀".join("ab"), "ab".center(5, "😀"), "😀".zfill(3))
print(f"{'😀':>4}|{'😀':^5}|", "%3s|" % "😀", "{:😀^7}".format("x"))
print("😀" * 3, "😀😀".replace("😀", "x", 1), "😀a".startswith("😀"), "a😀".endswith("😀"))
print(hash("😀") == hash("\U0001F600"), {"😀": 1}["\U0001F600"])
surrogate = "\ud83d\ude00"
print(len(surrogate), surrogate == "😀", repr(surrogate))
try:
    surrogate.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(surrogate.encode("utf-16", "surrogatepass").decode("utf-16") == "😀")
print("\U0001F1FA\U0001F1F8", len("\U0001F1FA\U0001F1F8"), "👨‍👩‍👧", len("👨‍👩‍👧"))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("😀😀")
except TypeError as e:
    print(type(e).__name__, e)
