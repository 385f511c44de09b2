def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.islower())
t(lambda: 'a'.islower())
t(lambda: 'abc'.islower())
t(lambda: 'aXbXc'.islower())
t(lambda: '  pad  '.islower())
t(lambda: 'Hello, World!'.islower())
t(lambda: 'x\ty\n'.islower())
t(lambda: 'ÄÖü ß'.islower())
t(lambda: '12_34'.islower())
t(lambda: '\U0001f600 e'.islower())
t(lambda: ('ab' * 20).islower())
