def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.upper())
t(lambda: 'a'.upper())
t(lambda: 'abc'.upper())
t(lambda: 'aXbXc'.upper())
t(lambda: '  pad  '.upper())
t(lambda: 'Hello, World!'.upper())
t(lambda: 'x\ty\n'.upper())
t(lambda: 'ÄÖü ß'.upper())
t(lambda: '12_34'.upper())
t(lambda: '\U0001f600 e'.upper())
t(lambda: ('ab' * 20).upper())
