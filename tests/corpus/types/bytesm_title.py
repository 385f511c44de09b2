def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.title())
t(lambda: b'a'.title())
t(lambda: b'abc'.title())
t(lambda: b'aXbXc'.title())
t(lambda: b'  pad  '.title())
t(lambda: b'Hello, World!'.title())
t(lambda: b'x\ty\n'.title())
t(lambda: b'\x00\xff'.title())
t(lambda: bytearray(b'mut able').title())
