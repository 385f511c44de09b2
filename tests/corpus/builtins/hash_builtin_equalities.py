print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1)))
print(hash(0.5), hash(1.5), hash(-0.5), hash(1e20) == hash(10 ** 20), hash(2.0 ** 100) == hash(2 ** 100))
print(hash(float("inf")), hash(float("-inf")), hash(1j), hash(3 + 4j) == hash(complex(3, 4)))
print(hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1])))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)))
for v in [[1], {1: 2}, {1}, bytearray(b"x"), ([1],), slice(1) if False else [], {}.keys()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [5, -1, 2 ** 100, -(2 ** 100), True]:
    print(v if not isinstance(v, int) or abs(v) < 1e10 else "big", hash(H(v)))
class BadHash:
    def __hash__(self):
        return 1.5
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print(type(hash("s")).__name__, hash(5) == (5).__hash__(), hash(1.5) == (1.5).__hash__())
import sys
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.width, sys.hash_info.imag)
print(hash(10 ** 30) == 10 ** 30 % (2 ** 61 - 1), hash(-(10 ** 30)) == -(10 ** 30 % (2 ** 61 - 1)))
