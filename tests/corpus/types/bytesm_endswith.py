def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.endswith(b'c'))
t(lambda: b''.endswith((b'c', b'!',)))
t(lambda: b'a'.endswith(b'c'))
t(lambda: b'a'.endswith((b'c', b'!',)))
t(lambda: b'abc'.endswith(b'c'))
t(lambda: b'abc'.endswith((b'c', b'!',)))
t(lambda: b'aXbXc'.endswith(b'c'))
t(lambda: b'aXbXc'.endswith((b'c', b'!',)))
t(lambda: b'  pad  '.endswith(b'c'))
t(lambda: b'  pad  '.endswith((b'c', b'!',)))
t(lambda: b'Hello, World!'.endswith(b'c'))
t(lambda: b'Hello, World!'.endswith((b'c', b'!',)))
t(lambda: b'x\ty\n'.endswith(b'c'))
t(lambda: b'x\ty\n'.endswith((b'c', b'!',)))
t(lambda: b'\x00\xff'.endswith(b'c'))
t(lambda: b'\x00\xff'.endswith((b'c', b'!',)))
t(lambda: bytearray(b'mut able').endswith(b'c'))
t(lambda: bytearray(b'mut able').endswith((b'c', b'!',)))
