def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.lstrip())
t(lambda: b''.lstrip(b' a'))
t(lambda: b'a'.lstrip())
t(lambda: b'a'.lstrip(b' a'))
t(lambda: b'abc'.lstrip())
t(lambda: b'abc'.lstrip(b' a'))
t(lambda: b'aXbXc'.lstrip())
t(lambda: b'aXbXc'.lstrip(b' a'))
t(lambda: b'  pad  '.lstrip())
t(lambda: b'  pad  '.lstrip(b' a'))
t(lambda: b'Hello, World!'.lstrip())
t(lambda: b'Hello, World!'.lstrip(b' a'))
t(lambda: b'x\ty\n'.lstrip())
t(lambda: b'x\ty\n'.lstrip(b' a'))
t(lambda: b'\x00\xff'.lstrip())
t(lambda: b'\x00\xff'.lstrip(b' a'))
t(lambda: bytearray(b'mut able').lstrip())
t(lambda: bytearray(b'mut able').lstrip(b' a'))
