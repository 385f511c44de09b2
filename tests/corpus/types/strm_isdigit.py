def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isdigit())
t(lambda: 'a'.isdigit())
t(lambda: 'abc'.isdigit())
t(lambda: 'aXbXc'.isdigit())
t(lambda: '  pad  '.isdigit())
t(lambda: 'Hello, World!'.isdigit())
t(lambda: 'x\ty\n'.isdigit())
t(lambda: 'ÄÖü ß'.isdigit())
t(lambda: '12_34'.isdigit())
t(lambda: '\U0001f600 e'.isdigit())
t(lambda: ('ab' * 20).isdigit())
