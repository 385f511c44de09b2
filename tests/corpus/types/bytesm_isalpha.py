def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.isalpha())
t(lambda: b'a'.isalpha())
t(lambda: b'abc'.isalpha())
t(lambda: b'aXbXc'.isalpha())
t(lambda: b'  pad  '.isalpha())
t(lambda: b'Hello, World!'.isalpha())
t(lambda: b'x\ty\n'.isalpha())
t(lambda: b'\x00\xff'.isalpha())
t(lambda: bytearray(b'mut able').isalpha())
