def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.swapcase())
t(lambda: b'a'.swapcase())
t(lambda: b'abc'.swapcase())
t(lambda: b'aXbXc'.swapcase())
t(lambda: b'  pad  '.swapcase())
t(lambda: b'Hello, World!'.swapcase())
t(lambda: b'x\ty\n'.swapcase())
t(lambda: b'\x00\xff'.swapcase())
t(lambda: bytearray(b'mut able').swapcase())
