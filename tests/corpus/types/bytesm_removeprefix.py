def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.removeprefix(b'a'))
t(lambda: b'a'.removeprefix(b'a'))
t(lambda: b'abc'.removeprefix(b'a'))
t(lambda: b'aXbXc'.removeprefix(b'a'))
t(lambda: b'  pad  '.removeprefix(b'a'))
t(lambda: b'Hello, World!'.removeprefix(b'a'))
t(lambda: b'x\ty\n'.removeprefix(b'a'))
t(lambda: b'\x00\xff'.removeprefix(b'a'))
t(lambda: bytearray(b'mut able').removeprefix(b'a'))
