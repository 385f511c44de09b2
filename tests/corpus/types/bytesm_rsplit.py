def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.rsplit())
t(lambda: b''.rsplit(b'X', 1))
t(lambda: b'a'.rsplit())
t(lambda: b'a'.rsplit(b'X', 1))
t(lambda: b'abc'.rsplit())
t(lambda: b'abc'.rsplit(b'X', 1))
t(lambda: b'aXbXc'.rsplit())
t(lambda: b'aXbXc'.rsplit(b'X', 1))
t(lambda: b'  pad  '.rsplit())
t(lambda: b'  pad  '.rsplit(b'X', 1))
t(lambda: b'Hello, World!'.rsplit())
t(lambda: b'Hello, World!'.rsplit(b'X', 1))
t(lambda: b'x\ty\n'.rsplit())
t(lambda: b'x\ty\n'.rsplit(b'X', 1))
t(lambda: b'\x00\xff'.rsplit())
t(lambda: b'\x00\xff'.rsplit(b'X', 1))
t(lambda: bytearray(b'mut able').rsplit())
t(lambda: bytearray(b'mut able').rsplit(b'X', 1))
