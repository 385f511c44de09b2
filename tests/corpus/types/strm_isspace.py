def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isspace())
t(lambda: 'a'.isspace())
t(lambda: 'abc'.isspace())
t(lambda: 'aXbXc'.isspace())
t(lambda: '  pad  '.isspace())
t(lambda: 'Hello, World!'.isspace())
t(lambda: 'x\ty\n'.isspace())
t(lambda: 'ÄÖü ß'.isspace())
t(lambda: '12_34'.isspace())
t(lambda: '\U0001f600 e'.isspace())
t(lambda: ('ab' * 20).isspace())
