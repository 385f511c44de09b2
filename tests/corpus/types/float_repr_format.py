# float repr and format()
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

vals = [0.0, -0.0, 1.0, 0.1, 0.1 + 0.2, 1e16, 1e15, 1e-4, 1e-5, 123456789.125, 1e22, 1e23, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'), 2.675, 1/3, -1234.5678, 100.0, 0.5, 2.5]
for v in vals:
    print(repr(v), str(v))
    for spec in ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0e', '.0f', '.0g', '.0', '.1', '.3', '.17', '.3f', '.2%',
                 '#.0e', '#.0f', '#g', '#', '+', ' ', '010', '010.2f', '<10', '^10', '=10', '*^12.3e', '+012,.2f', ',', '_',
                 ',.2f', 'z.1f', 'z', 'x', 'd', ',n']:
        t(lambda: format(v, spec))
for x in [0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 0.125, 1e300, 123.456]:
    for n in [None, 0, 1, 2, -1, -2]:
        t(lambda: round(x, n))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round(float('inf'), 2))
for x in [1.0, 0.1, -2.5, 1e300, 0.0, -0.0, float('inf')]:
    t(lambda: x.hex())
    t(lambda: x.as_integer_ratio())
    t(lambda: x.is_integer())
for s in ['0x1p3', '0x1.8p1', 'inf', 'nan', '0x1.fffffffffffff8p1023', 'xyz', '1', ' 0x1p0 ']:
    t(lambda: float.fromhex(s))
for s in ['1', ' 1.5 ', '-2.5e3', '1_000.5', '1__0', '_1', '1._5', '.5', '5.', '.', 'e5', 'inf', '-Infinity', 'nAn', '0x10', '1e400', '', '\u0663.5']:
    t(lambda: float(s))
t(lambda: float(b'1.5'))
t(lambda: float([]))
t(lambda: hash(1.0) == hash(1))
t(lambda: hash(0.5))
t(lambda: hash(-2.25))
t(lambda: hash(1e100))
t(lambda: hash(float('inf')))
