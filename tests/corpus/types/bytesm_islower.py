def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.islower())
t(lambda: b'a'.islower())
t(lambda: b'abc'.islower())
t(lambda: b'aXbXc'.islower())
t(lambda: b'  pad  '.islower())
t(lambda: b'Hello, World!'.islower())
t(lambda: b'x\ty\n'.islower())
t(lambda: b'\x00\xff'.islower())
t(lambda: bytearray(b'mut able').islower())
