def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isalnum())
t(lambda: 'a'.isalnum())
t(lambda: 'abc'.isalnum())
t(lambda: 'aXbXc'.isalnum())
t(lambda: '  pad  '.isalnum())
t(lambda: 'Hello, World!'.isalnum())
t(lambda: 'x\ty\n'.isalnum())
t(lambda: 'ÄÖü ß'.isalnum())
t(lambda: '12_34'.isalnum())
t(lambda: '\U0001f600 e'.isalnum())
t(lambda: ('ab' * 20).isalnum())
