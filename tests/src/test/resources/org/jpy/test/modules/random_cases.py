# Run by the reference CPython: sequences of _random.Random for several seeds (floats as exact hex bit patterns).
import _random, struct
for seed in [0, 1, 42, 12345, 2**32 - 1, 2**32, 2**64 + 3, 2**100 + 7, -5, 10**40]:
    r = _random.Random(seed)
    floats = [struct.pack('>d', r.random()).hex() for _ in range(30)]
    bits = [str(r.getrandbits(k)) for k in (1, 5, 31, 32, 33, 63, 64, 65, 100, 128, 129, 1000)]
    state = r.getstate()
    print('S', seed, ','.join(floats), ','.join(bits), state[0], state[623], state[624])
