def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isalpha())
t(lambda: 'a'.isalpha())
t(lambda: 'abc'.isalpha())
t(lambda: 'aXbXc'.isalpha())
t(lambda: '  pad  '.isalpha())
t(lambda: 'Hello, World!'.isalpha())
t(lambda: 'x\ty\n'.isalpha())
t(lambda: 'ÄÖü ß'.isalpha())
t(lambda: '12_34'.isalpha())
t(lambda: '\U0001f600 e'.isalpha())
t(lambda: ('ab' * 20).isalpha())
