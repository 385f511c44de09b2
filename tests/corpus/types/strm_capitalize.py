def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: ''.capitalize())
t(lambda: 'a'.capitalize())
t(lambda: 'abc'.capitalize())
t(lambda: 'aXbXc'.capitalize())
t(lambda: '  pad  '.capitalize())
t(lambda: 'Hello, World!'.capitalize())
t(lambda: 'x\ty\n'.capitalize())
t(lambda: 'ÄÖü ß'.capitalize())
t(lambda: '12_34'.capitalize())
t(lambda: '\U0001f600 e'.capitalize())
t(lambda: ('ab' * 20).capitalize())
