# int() parsing and format() of ints
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for s in ['12', ' -0x1f ', '1_000', '1__0', '_1', '1_', '0b101', '0o17', '0x', '00', '01', '0_0', ' \u0663\u0664 ', '12.5', '', 'z', '+-1', '1 2', '\u2003 7\u2003']:
    for base in [0, 10, 16, 2, 36]:
        t(lambda: int(s, base))
t(lambda: int('10', 1))
t(lambda: int('10', 37))
t(lambda: int(10, 10))
t(lambda: int())
t(lambda: int(3.99))
t(lambda: int(-3.99))
t(lambda: int(1e20))
t(lambda: int(float('inf')))
t(lambda: int(float('nan')))
t(lambda: int([1]))
t(lambda: int(b' 42 '))
t(lambda: int(bytearray(b'0x10'), 16))
t(lambda: int('9' * 5000))
t(lambda: len(str(10 ** 4299)))
t(lambda: format(10 ** 4300, 'd'))
for v in [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**70]:
    for spec in ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', ',', '_', '_x', '+', ' ', '010', '#010x', '<8', '^9', '=+12,', '*>10', '08,', 'c', 'n', 'e', '.2f', '%', 'g', '.3', 'z', '+c', ',x', 'q', '_b']:
        t(lambda: format(v, spec))
t(lambda: format(1114112, 'c'))
t(lambda: format(True, ''))
t(lambda: format(True, 'd'))
t(lambda: format(False, '>5'))
t(lambda: bin(-10))
t(lambda: oct(8))
t(lambda: hex(2**64))
t(lambda: hex(3.0))
