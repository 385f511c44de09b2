def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.splitlines())
t(lambda: b''.splitlines(True))
t(lambda: b'a'.splitlines())
t(lambda: b'a'.splitlines(True))
t(lambda: b'abc'.splitlines())
t(lambda: b'abc'.splitlines(True))
t(lambda: b'aXbXc'.splitlines())
t(lambda: b'aXbXc'.splitlines(True))
t(lambda: b'  pad  '.splitlines())
t(lambda: b'  pad  '.splitlines(True))
t(lambda: b'Hello, World!'.splitlines())
t(lambda: b'Hello, World!'.splitlines(True))
t(lambda: b'x\ty\n'.splitlines())
t(lambda: b'x\ty\n'.splitlines(True))
t(lambda: b'\x00\xff'.splitlines())
t(lambda: b'\x00\xff'.splitlines(True))
t(lambda: bytearray(b'mut able').splitlines())
t(lambda: bytearray(b'mut able').splitlines(True))
