samples = ["abc", "ABC", "abc123", "123", "١٢٣", "²³", "½", "Ⅻ", "一二三", " ", "\t\n", "", "a b",
           "_id", "1abc", "def", "Ünïcödé", "𝟘𝟙", "𝔘", "\u00a0", "x\u0301", "café", "3.14", "-1", "٣"]
print(f"{'s':10} alpha alnum digit decim numer space ident print ascii upper lower")
for s in samples:
    row = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
           s.isidentifier(), s.isprintable(), s.isascii(), s.isupper(), s.islower()]
    print(f"{s!r:10} " + " ".join(f"{'T' if v else '.':>5}" for v in row))
print("class".isidentifier(), "None".isidentifier(), "ℌ".isidentifier(), "a-b".isidentifier(), "١a".isidentifier())
print("\x7f".isprintable(), "\u200b".isprintable(), "é".isprintable(), "\U0001F600".isprintable(), "\n".isprintable())
print("\x1c".isspace(), "\x85".isspace(), "\u2028".isspace(), "\u200b".isspace(), "\u180e".isspace())
print("ǅ".isalpha(), "ª".isalpha(), "ª".islower(), "ʰ".islower(), "ⓐ".isalpha(), "ⓐ".islower())
print(str.isdigit("7"), str.isdecimal("\u0e53"), "\u0e53".isdigit(), "⑦".isdigit(), "⑦".isdecimal(), "⑦".isnumeric())
print([c for c in "a1 _Z!é٣" if c.isalnum()], [c for c in "a1 _Z!" if not c.isalnum()])
print(sum(c.isdigit() for c in "a1b22c333"), sum(c.isupper() for c in "Hello World ABC"))
print("abc".isascii(), "abç".isascii(), "".isascii(), "\x7f".isascii(), "\x80".isascii())
print("  ".isspace(), "".isspace(), " x".isspace(), "\t\r\n\x0b\x0c".isspace())
print("_".isidentifier(), "__init__".isidentifier(), "a1".isidentifier(), "ａｂ".isidentifier())
print("Ⅻ".isalpha(), "Ⅻ".isnumeric(), "Ⅻ".isdigit(), "〇".isnumeric(), "〇".isalpha())
print("ab".isalpha() and "12".isdigit(), "ab12".isalnum(), "ab 12".isalnum(), "½".isdigit())
print(str.isspace(" "), str.isalpha("x"), "x".isprintable() and "\t".isprintable())
