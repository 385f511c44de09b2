text = "Grüße, 世界! 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-7", "utf-8-sig"]:
    data = text.encode(enc)
    back = data.decode(enc)
    print(f"{enc:10} {len(data):3} {data[:10].hex(' ')} {back == text}")
for enc in ["latin-1", "ascii", "cp1252", "cp437"]:
    try:
        print(enc, text.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e.reason, e.start, e.end, repr(e.object[e.start:e.end]))
print(bytes(range(256)).decode("latin-1").encode("latin-1") == bytes(range(256)))
print("abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8"))
print("€".encode("utf-8"), "€".encode("cp1252"), b"\x80".decode("cp1252"), b"\x80".decode("latin-1") == "\x80")
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("é".encode("idna") if False else "é".encode("unicode_escape"), b"\\u00e9".decode("unicode_escape"), "a\tb".encode("unicode_escape"))
print("raw\\n".encode("raw_unicode_escape"), b"caf\\u00e9".decode("raw_unicode_escape"))
print(len(text), len(text.encode()), len(text.encode("utf-16-le")) // 2, sum(1 for c in text if ord(c) > 0xFFFF))
