def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.strip())
t(lambda: b'a'.strip())
t(lambda: b'abc'.strip())
t(lambda: b'aXbXc'.strip())
t(lambda: b'  pad  '.strip())
t(lambda: b'Hello, World!'.strip())
t(lambda: b'x\ty\n'.strip())
t(lambda: b'\x00\xff'.strip())
t(lambda: bytearray(b'mut able').strip())
