def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.isspace())
t(lambda: b'a'.isspace())
t(lambda: b'abc'.isspace())
t(lambda: b'aXbXc'.isspace())
t(lambda: b'  pad  '.isspace())
t(lambda: b'Hello, World!'.isspace())
t(lambda: b'x\ty\n'.isspace())
t(lambda: b'\x00\xff'.isspace())
t(lambda: bytearray(b'mut able').isspace())
