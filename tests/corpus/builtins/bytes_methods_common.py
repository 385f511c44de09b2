b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b","), b.rsplit(None, 1), b.partition(b","), b.rpartition(b"l"))
print(b.find(b"llo"), b.rfind(b"llo"), b.index(b"W"), b.count(b"l"), b.find(108), b.count(ord("o")))
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.replace(b"l", b"L", 2), b.replace(b"", b".")[:10])
print(b"a,b,c".split(b",", 1), b"-".join([b"a", b"b", bytearray(b"c")]), b"abc".center(7, b"*"), b"7".zfill(3))
print(b"abc".ljust(5) + b"|", b"abc".rjust(5, b"0"), b"a\tb".expandtabs(4), b"x\ny\r\nz".splitlines())
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"hello".capitalize(), b"hello world".title(), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"))
print(b"%s=%d (%.1f) %x %r %a %c %%" % (b"k", 5, 2.25, 255, b"r", "é", 65))
for bad in ["b'%s' % 'str'", "b'%d' % b'x'", "b'-'.join(['a'])", "b'abc'.find('a')", "b'a'.split(b'')", "b'%c' % 256"]:
    try:
        print(eval(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{bad:20} {type(e).__name__}: {e}")
print(b"abc"[::-1], bytes(reversed(b"abc")), sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
print(b"ab".translate(None), b"aXbX".translate(None, b"X"), b"Hi".translate(bytes.maketrans(b"Hi", b"hI")))
print(b"abc".decode("ascii").encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"), b"x".isalnum())
print(b"a b  c".split(b" "), b"abc".split(maxsplit=0), b"x=1&y=2".split(b"&"), [p.split(b"=") for p in b"x=1&y=2".split(b"&")])
print(bytes([c ^ 0x20 for c in b"Swap"]), b"".join(bytes([c]) for c in range(97, 100)))
