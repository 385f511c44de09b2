def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.upper())
t(lambda: b'a'.upper())
t(lambda: b'abc'.upper())
t(lambda: b'aXbXc'.upper())
t(lambda: b'  pad  '.upper())
t(lambda: b'Hello, World!'.upper())
t(lambda: b'x\ty\n'.upper())
t(lambda: b'\x00\xff'.upper())
t(lambda: bytearray(b'mut able').upper())
