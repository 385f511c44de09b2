# Run by the reference CPython: struct sizes and single-value packing/unpacking (hex), errors as type:message.
import struct, random
r = random.Random(7)
fmts = ['@bhiq', '<bhiq', 'xcbB?hHiIlLqQnNefdPsp', '=lL', '0s', '5s3x2h', 'i0s', '!!', ' h  i', 'h\x00', '3', 'y',
        '<n', '>P', '@ci', 'c@i', '10q', '2147483647s', '2147483648s', 'bq', '<bq', '>3h', '!Q']
for f in fmts:
    try:
        res = str(struct.calcsize(f))
    except Exception as e:
        res = type(e).__name__ + ':' + str(e)
    print('Z', f.encode().hex(), res.replace(' ', '_'))
ints = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536, 2**31 - 1, 2**31,
        -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64]
for order in '@<>':
    for code in 'bBhHiIlLqQnNP':
        for v in ints:
            f = order + code
            try:
                res = struct.pack(f, v).hex()
            except Exception as e:
                res = type(e).__name__ + ':' + str(e)
            print('P', f, v, res.replace(' ', '_'))
floats = [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e-8, 6.1e-5, 5.96e-8, 2.98e-8, 65504.0, 65519.99, 65520.0, 1e300,
          3.4028235e38, 3.4028236e38, float('inf'), float('-inf'), 1e-310, 2.0**-1074, 2.0**-24, 2.0**-25, 3 * 2.0**-26]
floats += [r.uniform(-70000, 70000) for _ in range(200)] + [r.uniform(-1, 1) * 2.0**-14 for _ in range(50)]
for order in '@<>':
    for code in 'efd':
        for x in floats:
            f = order + code
            try:
                packed = struct.pack(f, x)
                res = packed.hex() + ':' + struct.pack('>d', struct.unpack(f, packed)[0]).hex()
            except Exception as e:
                res = type(e).__name__ + ':' + str(e)
            print('F', f, struct.pack('>d', x).hex(), res.replace(' ', '_'))
