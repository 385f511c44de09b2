def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.istitle())
t(lambda: 'a'.istitle())
t(lambda: 'abc'.istitle())
t(lambda: 'aXbXc'.istitle())
t(lambda: '  pad  '.istitle())
t(lambda: 'Hello, World!'.istitle())
t(lambda: 'x\ty\n'.istitle())
t(lambda: 'ÄÖü ß'.istitle())
t(lambda: '12_34'.istitle())
t(lambda: '\U0001f600 e'.istitle())
t(lambda: ('ab' * 20).istitle())
