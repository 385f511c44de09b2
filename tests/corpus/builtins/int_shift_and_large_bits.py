for n in [1, 3, -1, -3, 255, 2 ** 63, -(2 ** 63)]:
    print(n, n << 1, n << 64, n >> 1, n >> 3, n >> 100)
print(1 << 1000 >> 999, (1 << 200) - 1 == int("1" * 200, 2), bin((1 << 10) - 1).count("1"))
print((-1) >> 1, (-2) >> 1, (-3) >> 1, (-(2 ** 100)) >> 99, -(2 ** 100) >> 101)
print((2 ** 100) & (2 ** 99 + 2 ** 100), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100), ~(2 ** 100))
print((-1) & (2 ** 70 - 1) == 2 ** 70 - 1, (-(2 ** 70)) & 0xFF, (-(2 ** 70)) | 0xFF)
for bad in ["1 << -1", "1 >> -1", "1 << 1.0", "1.0 << 1", "1 << (2 ** 100)"]:
    try:
        r = eval(bad)
        print(bad, "->", r if r < 10 ** 10 else "huge")
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        print(bad, type(e).__name__, e)
print(0 << (2 ** 100), 1 >> (2 ** 100), -1 >> (2 ** 100))
masks = [(1 << k) - 1 for k in range(0, 70, 10)]
print([m.bit_length() for m in masks], [m.bit_count() for m in masks])
x = 0b1011_0110
print(x & -x, x & (x - 1), (x ^ (x >> 1)), bin(x)[2:].zfill(12), f"{x:#010b}")
print(sum(1 << i for i in range(64)) == 2 ** 64 - 1, (2 ** 64 - 1) >> 32, hex((2 ** 64 - 1) >> 4))
print(True << 5, False >> 1, (7).__lshift__(2), (7).__rrshift__(64), (7).__rlshift__(1))
print([1 << n for n in range(0, 80, 16)])
