def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.startswith(b'a'))
t(lambda: b''.startswith((b'x', b'H',)))
t(lambda: b'a'.startswith(b'a'))
t(lambda: b'a'.startswith((b'x', b'H',)))
t(lambda: b'abc'.startswith(b'a'))
t(lambda: b'abc'.startswith((b'x', b'H',)))
t(lambda: b'aXbXc'.startswith(b'a'))
t(lambda: b'aXbXc'.startswith((b'x', b'H',)))
t(lambda: b'  pad  '.startswith(b'a'))
t(lambda: b'  pad  '.startswith((b'x', b'H',)))
t(lambda: b'Hello, World!'.startswith(b'a'))
t(lambda: b'Hello, World!'.startswith((b'x', b'H',)))
t(lambda: b'x\ty\n'.startswith(b'a'))
t(lambda: b'x\ty\n'.startswith((b'x', b'H',)))
t(lambda: b'\x00\xff'.startswith(b'a'))
t(lambda: b'\x00\xff'.startswith((b'x', b'H',)))
t(lambda: bytearray(b'mut able').startswith(b'a'))
t(lambda: bytearray(b'mut able').startswith((b'x', b'H',)))
