samples = ["plain", "café", "日本語", "😀 emoji", "tab\t", "quote'", 'dq"', "\x7f\x80", "\u2028", "\U000e0041", ""]
for s in samples:
    print(f"{ascii(s):28} {repr(s)}")
print(ascii(["é", ("ü",), {"ö": "ß"}]), ascii(b"\xe9"), ascii(1.5), ascii(None))
class Custom:
    def __repr__(self):
        return "Custom(ñ)"
print(ascii(Custom()), repr(Custom()), f"{Custom()!a}", "%a" % Custom(), "{!a}".format(Custom()))
print(ascii("\ud800"), ascii("\udfff"), repr("\ud800"))
print(len(ascii("é")), len(ascii("😀")), ascii("😀").count("\\"), eval(ascii("ü😀")) == "ü😀")
print(ascii("\x00\x1f"), ascii("\N{EM DASH}"), ascii(chr(0xFFFF)), ascii(chr(0x10000)))
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
print(str(ascii("x")) == "'x'", type(ascii(1)).__name__)
words = ["naïve", "résumé", "coöperate"]
print([ascii(w) for w in words])
print(ascii("A\u0301"), ascii("\u00c5"), ascii("Å") == ascii("\u00c5"))
print(ascii(("x", b"y", bytearray(b"z"))))
