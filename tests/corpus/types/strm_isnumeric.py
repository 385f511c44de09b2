def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.isnumeric())
t(lambda: 'a'.isnumeric())
t(lambda: 'abc'.isnumeric())
t(lambda: 'aXbXc'.isnumeric())
t(lambda: '  pad  '.isnumeric())
t(lambda: 'Hello, World!'.isnumeric())
t(lambda: 'x\ty\n'.isnumeric())
t(lambda: 'ÄÖü ß'.isnumeric())
t(lambda: '12_34'.isnumeric())
t(lambda: '\U0001f600 e'.isnumeric())
t(lambda: ('ab' * 20).isnumeric())
