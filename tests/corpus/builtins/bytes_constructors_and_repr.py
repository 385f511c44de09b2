print(bytes(), bytes(3), bytes([65, 66, 255]), bytes(b"abc"), bytes("é", "utf-8"), bytes("x", encoding="ascii"))
print(bytes(range(5)), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes((x for x in [104, 105])))
for args in [([256],), ([-1],), ("text",), ("é", "ascii"), (1.5,), (-1,), ([1, "a"],), (b"x", "utf-8")]:
    try:
        print(bytes(*args))
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(f"bytes{args!r} {type(e).__name__}: {e}")
b = b"Hello\x00\x7f\x80\xff'\"\t\n\\"
print(b, repr(b), list(b), len(b), b[0], b[-1], b[1:3], b[::4])
print(str(b"abc"), b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), b"\xffa".decode("ascii", "backslashreplace"))
print("é€😀".encode(), "é".encode("utf-16-le"), "é".encode("latin-1"), "€".encode("ascii", "replace"), "€".encode("ascii", "xmlcharrefreplace"))
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(bytes.fromhex("de ad BE EF"), bytes.fromhex(""), b"\xde\xad".hex(), b"\xde\xad\xbe\xef".hex(":"), b"abcdef".hex("-", 2))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
print(b"a" < b"b", b"abc" == b"abc", b"a" == "a", b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), type(b"x"[0]).__name__, type(b"x"[0:1]).__name__)
