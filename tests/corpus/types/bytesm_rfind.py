def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.rfind(b'b'))
t(lambda: b'a'.rfind(b'b'))
t(lambda: b'abc'.rfind(b'b'))
t(lambda: b'aXbXc'.rfind(b'b'))
t(lambda: b'  pad  '.rfind(b'b'))
t(lambda: b'Hello, World!'.rfind(b'b'))
t(lambda: b'x\ty\n'.rfind(b'b'))
t(lambda: b'\x00\xff'.rfind(b'b'))
t(lambda: bytearray(b'mut able').rfind(b'b'))
