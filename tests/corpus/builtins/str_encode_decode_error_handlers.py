text = "naïve café — 😀"
for enc in ["utf-8", "utf-16-le", "utf-32-be", "latin-1", "ascii", "cp1252"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            data = text.encode(enc, errors)
            print(f"{enc:10} {errors:17} {len(data):3} {data[:24]!r}")
        except UnicodeEncodeError as e:
            print(f"{enc:10} {errors:17} UnicodeEncodeError: {e}")
raw = b"caf\xe9 \xff\xfe ok"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(raw.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e, "|", e.start, e.end, e.reason)
roundtrip = raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")
print(roundtrip == raw)
try:
    "x".encode("utf-8", "no-such-handler")
    print("unused handler not validated")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
print("abc".encode(), "abc".encode(encoding="UTF8"), "x".encode("Latin-1"), b"\xe9".decode("LATIN1"))
print(str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"), str(b"abc", errors="strict"))
