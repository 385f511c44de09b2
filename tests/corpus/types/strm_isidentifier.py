def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isidentifier())
t(lambda: 'a'.isidentifier())
t(lambda: 'abc'.isidentifier())
t(lambda: 'aXbXc'.isidentifier())
t(lambda: '  pad  '.isidentifier())
t(lambda: 'Hello, World!'.isidentifier())
t(lambda: 'x\ty\n'.isidentifier())
t(lambda: 'ÄÖü ß'.isidentifier())
t(lambda: '12_34'.isidentifier())
t(lambda: '\U0001f600 e'.isidentifier())
t(lambda: ('ab' * 20).isidentifier())
