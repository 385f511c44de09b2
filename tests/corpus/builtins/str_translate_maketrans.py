t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("abc", "xyz", "d")
print("abcd-dcba".translate(t2))
t3 = str.maketrans({"a": "A", "b": None, ord("c"): "CC", "d": 100})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({108: "L", 111: "0"}))
print("abc".translate({}), "abc".translate([]) if False else "list table skipped")
class Table:
    def __getitem__(self, c):
        if c == ord("e"):
            return "3"
        raise LookupError(c)
print("leet speek".translate(Table()))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
            lambda: "a".translate({97: 1.5}), lambda: str.maketrans("a", "b", 3), lambda: "a".translate({97: 0x110000})]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(str.maketrans("", ""), str.maketrans("", "", "xy"))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
msg = "Hello, World!".translate(rot13)
print(msg, msg.translate(rot13))
print("日本語".translate({ord("日"): "太陽"}), "\U0001F600x".translate({0x1F600: ":)"}))
print(bytes.maketrans(b"ab", b"AB"), b"abcab".translate(bytes.maketrans(b"ab", b"AB")), b"abc".translate(None, b"b"))
