def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.swapcase())
t(lambda: 'a'.swapcase())
t(lambda: 'abc'.swapcase())
t(lambda: 'aXbXc'.swapcase())
t(lambda: '  pad  '.swapcase())
t(lambda: 'Hello, World!'.swapcase())
t(lambda: 'x\ty\n'.swapcase())
t(lambda: 'ÄÖü ß'.swapcase())
t(lambda: '12_34'.swapcase())
t(lambda: '\U0001f600 e'.swapcase())
t(lambda: ('ab' * 20).swapcase())
