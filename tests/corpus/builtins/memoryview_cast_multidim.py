raw = bytes(range(12))
mv = memoryview(raw)
print(mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.nbytes, mv.readonly, mv.contiguous)
m2 = mv.cast("B", (3, 4))
print(m2.ndim, m2.shape, m2.strides, m2.tolist())
print(m2[1, 2], m2[2, 3])
try:
    m2[1]
except NotImplementedError as e:
    print(type(e).__name__, e)
h = mv.cast("H")
print(h.format, h.itemsize, len(h), h.shape, h.tolist()[:3])
i32 = memoryview(bytes(range(8))).cast("i")
print(i32.tolist(), i32.nbytes)
for bad in [lambda: mv.cast("H", (5,)), lambda: mv.cast("Z"), lambda: memoryview(bytes(5)).cast("H"), lambda: m2.cast("H")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"abcdefgh")
w = memoryview(ba)
w[::2] = b"ABCD"
print(ba, w[::2].tobytes(), w[1::2].tolist())
print(w[-1], w[2:6].tobytes(), bytes(w[6:2:-1]), w.c_contiguous, w[::2].c_contiguous)
print(memoryview(b"ab") == b"ab", memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"ab") != b"ac")
print(memoryview(b"xyz").tolist(), list(memoryview(b"xyz")), memoryview(b"xyz").hex("."), memoryview(b"x").obj)
print(memoryview(b"abc")[1:].tobytes(), memoryview(b"").tobytes(), len(memoryview(b"")))
