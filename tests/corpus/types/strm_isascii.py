def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isascii())
t(lambda: 'a'.isascii())
t(lambda: 'abc'.isascii())
t(lambda: 'aXbXc'.isascii())
t(lambda: '  pad  '.isascii())
t(lambda: 'Hello, World!'.isascii())
t(lambda: 'x\ty\n'.isascii())
t(lambda: 'ÄÖü ß'.isascii())
t(lambda: '12_34'.isascii())
t(lambda: '\U0001f600 e'.isascii())
t(lambda: ('ab' * 20).isascii())
