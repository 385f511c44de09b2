def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.ljust(6))
t(lambda: b''.ljust(6, b'.'))
t(lambda: b'a'.ljust(6))
t(lambda: b'a'.ljust(6, b'.'))
t(lambda: b'abc'.ljust(6))
t(lambda: b'abc'.ljust(6, b'.'))
t(lambda: b'aXbXc'.ljust(6))
t(lambda: b'aXbXc'.ljust(6, b'.'))
t(lambda: b'  pad  '.ljust(6))
t(lambda: b'  pad  '.ljust(6, b'.'))
t(lambda: b'Hello, World!'.ljust(6))
t(lambda: b'Hello, World!'.ljust(6, b'.'))
t(lambda: b'x\ty\n'.ljust(6))
t(lambda: b'x\ty\n'.ljust(6, b'.'))
t(lambda: b'\x00\xff'.ljust(6))
t(lambda: b'\x00\xff'.ljust(6, b'.'))
t(lambda: bytearray(b'mut able').ljust(6))
t(lambda: bytearray(b'mut able').ljust(6, b'.'))
