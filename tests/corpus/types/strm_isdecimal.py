def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isdecimal())
t(lambda: 'a'.isdecimal())
t(lambda: 'abc'.isdecimal())
t(lambda: 'aXbXc'.isdecimal())
t(lambda: '  pad  '.isdecimal())
t(lambda: 'Hello, World!'.isdecimal())
t(lambda: 'x\ty\n'.isdecimal())
t(lambda: 'ÄÖü ß'.isdecimal())
t(lambda: '12_34'.isdecimal())
t(lambda: '\U0001f600 e'.isdecimal())
t(lambda: ('ab' * 20).isdecimal())
