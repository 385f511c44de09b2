def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.expandtabs())
t(lambda: b''.expandtabs(3))
t(lambda: b'a'.expandtabs())
t(lambda: b'a'.expandtabs(3))
t(lambda: b'abc'.expandtabs())
t(lambda: b'abc'.expandtabs(3))
t(lambda: b'aXbXc'.expandtabs())
t(lambda: b'aXbXc'.expandtabs(3))
t(lambda: b'  pad  '.expandtabs())
t(lambda: b'  pad  '.expandtabs(3))
t(lambda: b'Hello, World!'.expandtabs())
t(lambda: b'Hello, World!'.expandtabs(3))
t(lambda: b'x\ty\n'.expandtabs())
t(lambda: b'x\ty\n'.expandtabs(3))
t(lambda: b'\x00\xff'.expandtabs())
t(lambda: b'\x00\xff'.expandtabs(3))
t(lambda: bytearray(b'mut able').expandtabs())
t(lambda: bytearray(b'mut able').expandtabs(3))
