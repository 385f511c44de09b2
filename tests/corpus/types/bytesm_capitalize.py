def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.capitalize())
t(lambda: b'a'.capitalize())
t(lambda: b'abc'.capitalize())
t(lambda: b'aXbXc'.capitalize())
t(lambda: b'  pad  '.capitalize())
t(lambda: b'Hello, World!'.capitalize())
t(lambda: b'x\ty\n'.capitalize())
t(lambda: b'\x00\xff'.capitalize())
t(lambda: bytearray(b'mut able').capitalize())
