def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.title())
t(lambda: 'a'.title())
t(lambda: 'abc'.title())
t(lambda: 'aXbXc'.title())
t(lambda: '  pad  '.title())
t(lambda: 'Hello, World!'.title())
t(lambda: 'x\ty\n'.title())
t(lambda: 'ÄÖü ß'.title())
t(lambda: '12_34'.title())
t(lambda: '\U0001f600 e'.title())
t(lambda: ('ab' * 20).title())
