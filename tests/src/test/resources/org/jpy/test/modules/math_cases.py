# Run by the reference CPython: math.fsum on many float lists, and integer functions; results as exact hex or ints.
import math, random, struct
r = random.Random(1234)
def h(x):
    return struct.pack('>d', x).hex()
lists = [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [2.0**53, -0.5, -2.0**-54],
         [1.0, 1e-16, 1e-16], [], [-0.0], [0.0, -0.0], [1e308, 1e308, -1e308], [float('inf'), 1.0],
         [float('nan'), 1.0], [float('-inf'), 5.0, float('-inf')], [1e308, 1e308], [float('inf'), float('-inf')]]
for _ in range(300):
    n = r.randrange(1, 40)
    lists.append([r.uniform(-1, 1) * 10.0 ** r.randrange(-20, 20) for _ in range(n)])
for xs in lists:
    try:
        res = h(math.fsum(xs))
    except (ValueError, OverflowError) as e:
        res = type(e).__name__ + ':' + str(e).replace(' ', '_')
    print('F', ','.join(h(x) for x in xs) or '-', res)
for n in [0, 1, 2, 3, 15, 16, 17, 2**52, 2**53 + 1, 10**40, 10**100 + 12345]:
    print('I', n, math.isqrt(n))
for n, k in [(0, 0), (5, 2), (10, 11), (50, 25), (100, 3), (10**20, 3), (1000, 500)]:
    print('C', n, k, math.comb(n, k), math.perm(n, k))
for n in [0, 1, 5, 20, 21, 100, 500]:
    print('N', n, math.factorial(n))
for v in [2**1024, 2**2000 + 1, 10**400, 3 * 10**500 + 7, 2**1024 - 1, 2**1100 - 2**1046]:
    print('L', v, h(math.log(v)), h(math.log10(v)), h(math.log2(v)))
for x in [1.0, 2.0, 0.5, 3.0, 10.0, 1e-310, 1e300, 7.5, 2.0**-1074, 1024.0, 1023.0]:
    print('G', h(x), h(math.log2(x)))
