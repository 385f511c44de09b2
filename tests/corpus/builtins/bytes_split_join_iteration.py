data = b"alpha,beta,,gamma"
print(data.split(b","), data.split(b",", 1), data.rsplit(b",", 1), data.split(), b"  a  b ".split())
print(b"a\nb\r\nc".splitlines(), b"x  y".split(b" "), b"".split(), b"".split(b","))
print(b"|".join([b"a", b"b"]), b"".join((bytes([i]) for i in range(65, 70))), bytearray(b"-").join([b"x", bytearray(b"y")]))
for bad in [lambda: b",".join(["a"]), lambda: b",".join([1]), lambda: b"a".split(""), lambda: b"a".split(b"")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(b"AZ"), [chr(c) for c in b"hi"], b"h" in b"hi", 104 in b"hi", b"" in b"x", b"hi" in b"ahia")
for i, byte in enumerate(b"\x00\x7f\x80\xff"):
    print(i, byte, hex(byte), bytes([byte]))
print(b"abc"[0], b"abc"[0:1], b"abc"[-1:], b"abc"[::-1], bytes(reversed(b"abc")), type(b"abc"[0]).__name__)
print(sum(b"\x01\x02\x03"), max(b"hello"), min(b"hello"), sorted(b"dcba"), bytes(sorted(b"dcba")))
it = iter(b"xy")
print(next(it), next(it), next(it, None), type(it).__name__)
print(b"a" * 3, 3 * b"ab", b"ab" + b"cd", b"ab" + bytearray(b"c"), bytearray(b"c") + b"ab")
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"Z" < b"a", b"abc".__len__(), len(b"\x00" * 10))
print(b"spam eggs".partition(b" "), b"spam eggs".rpartition(b"x"), b"a-b-c".replace(b"-", b"+", 1))
print(b"hello world".title(), b"HELLO".lower(), b"hello".capitalize(), b"MiXeD".swapcase())
