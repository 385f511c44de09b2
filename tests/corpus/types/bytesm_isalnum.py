def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.isalnum())
t(lambda: b'a'.isalnum())
t(lambda: b'abc'.isalnum())
t(lambda: b'aXbXc'.isalnum())
t(lambda: b'  pad  '.isalnum())
t(lambda: b'Hello, World!'.isalnum())
t(lambda: b'x\ty\n'.isalnum())
t(lambda: b'\x00\xff'.isalnum())
t(lambda: bytearray(b'mut able').isalnum())
