def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isprintable())
t(lambda: 'a'.isprintable())
t(lambda: 'abc'.isprintable())
t(lambda: 'aXbXc'.isprintable())
t(lambda: '  pad  '.isprintable())
t(lambda: 'Hello, World!'.isprintable())
t(lambda: 'x\ty\n'.isprintable())
t(lambda: 'ÄÖü ß'.isprintable())
t(lambda: '12_34'.isprintable())
t(lambda: '\U0001f600 e'.isprintable())
t(lambda: ('ab' * 20).isprintable())
