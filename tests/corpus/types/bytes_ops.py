def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'Hello, World\t\x00\xff'
t(lambda: (b, len(b), b[0], b[-1], b[1:5], b[::-1], b'll' in b, 108 in b, b.find(b'o'), b.rfind(b'o'), b.count(b'l'), b.index(b'W')))
t(lambda: (b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.split(), b.split(b','), b.rsplit(None, 1), b.splitlines()))
t(lambda: (b.strip(), b.lstrip(b'H'), b.rstrip(b'\xff\x00'), b.partition(b', '), b.rpartition(b'o'), b.replace(b'l', b'L', 2)))
t(lambda: (b.hex(), b.hex(':'), b.hex(' ', 4), b.hex('-', -3), bytes.fromhex('de ad be ef'), bytes.fromhex('0')))
t(lambda: (b.startswith(b'He'), b.endswith((b'x', b'\xff')), b.isalpha(), b'abc'.isalpha(), b'ABC'.isupper(), b'12'.isdigit(), b' \t'.isspace()))
t(lambda: (b.center(20, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, b'0'), b'-5'.zfill(4), b'a\tb'.expandtabs(4)))
t(lambda: b'-'.join([b'a', bytearray(b'b'), b'c']))
t(lambda: b'-'.join([b'a', 'b']))
t(lambda: b + b'!' + bytearray(b'?'))
t(lambda: b + 'x')
t(lambda: b'ab' * 3)
t(lambda: b[100])
t(lambda: bytes(3))
t(lambda: bytes([1, 2, 255]))
t(lambda: bytes([256]))
t(lambda: bytes('abc'))
t(lambda: bytes('abé', 'utf-8'))
t(lambda: bytes(-1))
t(lambda: bytes(range(5)))
t(lambda: b'\xc3\xa9'.decode('utf-8'))
t(lambda: b'abc'.decode('latin-1'))
t(lambda: bytes.maketrans(b'abc', b'xyz'))
t(lambda: b'abcabc'.translate(bytes.maketrans(b'ab', b'AB'), b'c'))
t(lambda: b'%s and %d and %x' % (b'bytes', 5, 255))
t(lambda: b'%s' % 'str')
t(lambda: (b'a' < b'b', b'a' == bytearray(b'a'), b'abc' > b'ab'))
t(lambda: hash(b'abc') == hash(b'abc'))
ba = bytearray(b'hello')
ba[0] = 72
ba[1:3] = b'EY'
ba.append(33)
ba.extend(b'??')
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), len(ba))
del ba[::2]
print(ba)
ba += b'xyz'
print(ba, bytes(ba), ba.upper(), ba.hex())
t(lambda: ba.remove(0))
t(lambda: bytearray().pop())
t(lambda: hash(bytearray()))
t(lambda: bytearray(b'abc').decode())
def setit(v):
    x = bytearray(b'ab')
    x[0] = v
    return x
t(lambda: setit(256))
t(lambda: setit('a'))
t(lambda: list(b'abc'))
t(lambda: [x for x in bytearray(b'\x00\x01')])
t(lambda: bytearray(b'a') * 3)
t(lambda: repr(bytearray(b"it's")))
