samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
           "\r\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é ü ñ", "日本", "\u200b\u200e\u2028\ufeff",
           "\U0001F600", "\udc80", "\ud83d", "\U000e0001", "\x85", "'", '"', "'\"'", ""]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(b"bytes 'q' \"d\" \x00\xff\n\\"), repr(b"'"), repr(b'"'), repr(b"'\""))
print(repr(bytearray(b"ab'\"")), repr([ "a'b", 'c"d' ]), repr(("x",)), str(["\n"]))
print(repr("\\n"), len("\\n"), repr(r"\d+"), repr("\N{BULLET}"), repr("\u00ad"))
print(repr(chr(0x10FFFF)), repr(chr(0xE000)), repr(chr(0x0378)), repr(chr(0x2029)), repr(chr(0x3000)))
print(eval(repr("mixed ' \" \\ \n é \U0001F600")) == "mixed ' \" \\ \n é \U0001F600")
print(str("x"), str(b"x"), str(b"x", "ascii"), str(bytearray(b"y"), encoding="utf-8"))
print(repr(str), repr(repr), f"{'q'!r}", "%r" % "q", "{!r}".format("q"))
for ch in ["\x00", "\x1f", "\x7f", "\xa0", "\xad", "\u0300", "\u200d", "\u2060", "\ue000", "\U000f0000"]:
    print(f"U+{ord(ch):04X}", repr(ch), ascii(ch), ch.isprintable())
print(repr("a\\b"), repr("'\\'"), repr('"\'"'), repr("\\\n"))
words = ["don't", 'say "x"', "tab\t", "both'\""]
for w in words:
    r = repr(w)
    print(r, r[0], eval(r) == w)
print([repr(c) for c in "\a\b\f\v"])
print(repr("\\"), repr("\\\\"), len(repr("\\")))
print(str(repr("x")), repr(repr("x")), repr(str(5)), repr(5), repr(5.0))
