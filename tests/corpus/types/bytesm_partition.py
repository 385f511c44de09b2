def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.partition(b'X'))
t(lambda: b''.partition(b','))
t(lambda: b'a'.partition(b'X'))
t(lambda: b'a'.partition(b','))
t(lambda: b'abc'.partition(b'X'))
t(lambda: b'abc'.partition(b','))
t(lambda: b'aXbXc'.partition(b'X'))
t(lambda: b'aXbXc'.partition(b','))
t(lambda: b'  pad  '.partition(b'X'))
t(lambda: b'  pad  '.partition(b','))
t(lambda: b'Hello, World!'.partition(b'X'))
t(lambda: b'Hello, World!'.partition(b','))
t(lambda: b'x\ty\n'.partition(b'X'))
t(lambda: b'x\ty\n'.partition(b','))
t(lambda: b'\x00\xff'.partition(b'X'))
t(lambda: b'\x00\xff'.partition(b','))
t(lambda: bytearray(b'mut able').partition(b'X'))
t(lambda: bytearray(b'mut able').partition(b','))
