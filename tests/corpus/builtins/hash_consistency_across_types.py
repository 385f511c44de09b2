pairs = [(1, 1.0), (0, -0.0), (True, 1), (False, 0.0), (2 ** 64, float(2 ** 64)), (1 + 0j, 1), (0.5, 0.5 + 0j),
         ((1, 2), (1.0, 2.0)), (frozenset({1}), frozenset({1.0})), ("a", "a"), (b"a", b"a")]
for a, b in pairs:
    print(f"{a!r:28} {b!r:28} eq={a == b} hash_eq={hash(a) == hash(b)}")
print(hash("a") == hash(b"a") or "str and bytes hashes differ or coincide", "a" == b"a")
mixed = {}
for key in [1, 1.0, True, 1 + 0j, 2, 2.0]:
    mixed[key] = type(key).__name__
print(mixed)
print({0.1 + 0.2: "x"}.get(0.3, "float keys are exact"), {0.5: "half"}[1 / 2])
import sys
m = sys.hash_info.modulus
print(hash(m) == 0, hash(m + 1) == 1, hash(-m) == 0, hash(2 ** 100) == pow(2, 100, m), hash(-(2 ** 100)) == -pow(2, 100, m))
print(hash(float(m)) == hash(m), hash(1.5) == hash(3 / 2), hash(0.1) == hash(0.1))
frac = 3.25
n, d = frac.as_integer_ratio()
print(n, d, hash(frac) == (n * pow(d, -1, m)) % m)
keys = [10, 10.0, 10 + 0j, True, 1.0]
print({k: type(k).__name__ for k in keys})
print(len(set(keys)), sorted(set(map(hash, keys))))
print(hash((1, 2.0)) == hash((1.0, 2)), hash((True,)) == hash((1,)))
