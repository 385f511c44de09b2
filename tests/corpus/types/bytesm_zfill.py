def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.zfill(6))
t(lambda: b'a'.zfill(6))
t(lambda: b'abc'.zfill(6))
t(lambda: b'aXbXc'.zfill(6))
t(lambda: b'  pad  '.zfill(6))
t(lambda: b'Hello, World!'.zfill(6))
t(lambda: b'x\ty\n'.zfill(6))
t(lambda: b'\x00\xff'.zfill(6))
t(lambda: bytearray(b'mut able').zfill(6))
