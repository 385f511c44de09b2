def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.casefold())
t(lambda: 'a'.casefold())
t(lambda: 'abc'.casefold())
t(lambda: 'aXbXc'.casefold())
t(lambda: '  pad  '.casefold())
t(lambda: 'Hello, World!'.casefold())
t(lambda: 'x\ty\n'.casefold())
t(lambda: 'ÄÖü ß'.casefold())
t(lambda: '12_34'.casefold())
t(lambda: '\U0001f600 e'.casefold())
t(lambda: ('ab' * 20).casefold())
