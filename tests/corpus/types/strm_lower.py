def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.lower())
t(lambda: 'a'.lower())
t(lambda: 'abc'.lower())
t(lambda: 'aXbXc'.lower())
t(lambda: '  pad  '.lower())
t(lambda: 'Hello, World!'.lower())
t(lambda: 'x\ty\n'.lower())
t(lambda: 'ÄÖü ß'.lower())
t(lambda: '12_34'.lower())
t(lambda: '\U0001f600 e'.lower())
t(lambda: ('ab' * 20).lower())
