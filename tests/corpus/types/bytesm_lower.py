def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.lower())
t(lambda: b'a'.lower())
t(lambda: b'abc'.lower())
t(lambda: b'aXbXc'.lower())
t(lambda: b'  pad  '.lower())
t(lambda: b'Hello, World!'.lower())
t(lambda: b'x\ty\n'.lower())
t(lambda: b'\x00\xff'.lower())
t(lambda: bytearray(b'mut able').lower())
