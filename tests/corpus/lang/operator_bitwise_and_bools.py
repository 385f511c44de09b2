vals = [0, 1, 5, -1, 255, -256, 2 ** 70, -(2 ** 70)]
for a in vals[:6]:
    print(a, a & 0xF, a | 0x10, a ^ 0xFF, ~a, a << 3, a >> 2)
print(2 ** 70 & 2 ** 70 - 1, (2 ** 70) | 1, -(2 ** 70) >> 60, 1 << 100)
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True).__name__, type(True | 1).__name__, type(True ^ False).__name__)
print(True << 2, True >> 1, False << 10)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -5
except ValueError as e:
    print(type(e).__name__, e)
print(-1 >> 100, 1 >> 100, 0 << 1000)
for expr in ["1.5 & 1", "'a' | 1", "[1] ^ [2]", "~1.0", "None << 1", "1 >> 2.0"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
s1, s2 = {1, 2, 3}, {2, 3, 4}
print(s1 & s2, s1 | s2, s1 ^ s2, s1 - s2)
print(frozenset(s1) & s2, type(frozenset(s1) | s2).__name__, type(s1 | frozenset(s2)).__name__)
d1, d2 = {'a': 1}, {'b': 2, 'a': 3}
print(d1 | d2, d2 | d1)
print(d1.keys() & d2.keys(), sorted(d1.keys() | d2.keys()), d1.keys() ^ d2.keys())
x = 0b1011
print(bin(x & ~0b10), bin(x | 1 << 6), x.bit_count(), x.bit_length())
mask = 0
for bit in (0, 3, 5):
    mask |= 1 << bit
print(bin(mask), [b for b in range(8) if mask >> b & 1])
