def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.isdigit())
t(lambda: b'a'.isdigit())
t(lambda: b'abc'.isdigit())
t(lambda: b'aXbXc'.isdigit())
t(lambda: b'  pad  '.isdigit())
t(lambda: b'Hello, World!'.isdigit())
t(lambda: b'x\ty\n'.isdigit())
t(lambda: b'\x00\xff'.isdigit())
t(lambda: bytearray(b'mut able').isdigit())
