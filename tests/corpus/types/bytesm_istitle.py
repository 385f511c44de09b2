def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.istitle())
t(lambda: b'a'.istitle())
t(lambda: b'abc'.istitle())
t(lambda: b'aXbXc'.istitle())
t(lambda: b'  pad  '.istitle())
t(lambda: b'Hello, World!'.istitle())
t(lambda: b'x\ty\n'.istitle())
t(lambda: b'\x00\xff'.istitle())
t(lambda: bytearray(b'mut able').istitle())
