def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.rjust(7))
t(lambda: b'a'.rjust(7))
t(lambda: b'abc'.rjust(7))
t(lambda: b'aXbXc'.rjust(7))
t(lambda: b'  pad  '.rjust(7))
t(lambda: b'Hello, World!'.rjust(7))
t(lambda: b'x\ty\n'.rjust(7))
t(lambda: b'\x00\xff'.rjust(7))
t(lambda: bytearray(b'mut able').rjust(7))
