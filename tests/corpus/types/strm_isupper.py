def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isupper())
t(lambda: 'a'.isupper())
t(lambda: 'abc'.isupper())
t(lambda: 'aXbXc'.isupper())
t(lambda: '  pad  '.isupper())
t(lambda: 'Hello, World!'.isupper())
t(lambda: 'x\ty\n'.isupper())
t(lambda: 'ÄÖü ß'.isupper())
t(lambda: '12_34'.isupper())
t(lambda: '\U0001f600 e'.isupper())
t(lambda: ('ab' * 20).isupper())
