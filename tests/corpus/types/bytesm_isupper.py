def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.isupper())
t(lambda: b'a'.isupper())
t(lambda: b'abc'.isupper())
t(lambda: b'aXbXc'.isupper())
t(lambda: b'  pad  '.isupper())
t(lambda: b'Hello, World!'.isupper())
t(lambda: b'x\ty\n'.isupper())
t(lambda: b'\x00\xff'.isupper())
t(lambda: bytearray(b'mut able').isupper())
