def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: b''.rstrip())
t(lambda: b''.rstrip(b'!d '))
t(lambda: b'a'.rstrip())
t(lambda: b'a'.rstrip(b'!d '))
t(lambda: b'abc'.rstrip())
t(lambda: b'abc'.rstrip(b'!d '))
t(lambda: b'aXbXc'.rstrip())
t(lambda: b'aXbXc'.rstrip(b'!d '))
t(lambda: b'  pad  '.rstrip())
t(lambda: b'  pad  '.rstrip(b'!d '))
t(lambda: b'Hello, World!'.rstrip())
t(lambda: b'Hello, World!'.rstrip(b'!d '))
t(lambda: b'x\ty\n'.rstrip())
t(lambda: b'x\ty\n'.rstrip(b'!d '))
t(lambda: b'\x00\xff'.rstrip())
t(lambda: b'\x00\xff'.rstrip(b'!d '))
t(lambda: bytearray(b'mut able').rstrip())
t(lambda: bytearray(b'mut able').rstrip(b'!d '))
