data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(type(mv).__name__, len(mv), mv[0], mv[-1], mv.readonly, mv.format, mv.itemsize)
print(mv[2:5].tobytes(), bytes(mv[::2]), mv.tolist()[:3], mv.nbytes, mv.ndim, mv.shape, mv.strides)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data)
sub = mv[4:]
sub[0] = ord("E")
print(data, sub.tobytes(), sub.obj is data)
ro = memoryview(b"readonly")
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
ints = memoryview(bytearray(range(8))).cast("I" if False else "H")
print(ints.format, ints.itemsize, len(ints), ints.nbytes)
b = memoryview(b"\x01\x00\x02\x00").cast("B")
print(b.tolist(), memoryview(b"\x01\x02\x03\x04").cast("B", (2, 2)).tolist())
print(mv == data, mv == b"ABCdEfgh", memoryview(b"ab") == memoryview(b"ab"), mv.hex(), mv[:2].hex(" "))
print(bytes(mv[1:4]), bytearray(mv[-2:]), list(mv[:3]), mv.tobytes().decode())
with memoryview(b"ctx") as m2:
    print(m2.tobytes())
print(type(m2).__name__)
try:
    m2.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b"abc")) == hash(b"abc"), memoryview(b"abc").toreadonly().readonly)
mv.release()
try:
    len(mv)
except ValueError as e:
    print(type(e).__name__, e)
sub.release()
copy = bytearray(data)
copy.append(1)
print(data, copy)
