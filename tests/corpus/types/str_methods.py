def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

texts = ['', ' ', 'a', '  a b  c  ', 'a,b,,c,', 'Hello World', 'line1\nline2\r\nline3\rline4\u2028l5\x85\x0b',
         'mississippi', '-42', 'straße', 'ǆemal', 'ΣΑΣ ΟΔΟΣ', '\U0001f600x\U0001f600', 'x\ty\tz', "it's", 'İx', 'ﬁsh']
for s in texts:
    t(lambda: (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()))
    t(lambda: (s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(','), s.rsplit(',', 1), s.splitlines(), s.splitlines(True)))
    t(lambda: (s.strip(), s.lstrip(), s.rstrip(), s.strip('a '), s.partition(','), s.rpartition('s')))
    t(lambda: (s.find('s'), s.rfind('s'), s.find('s', 3), s.find('s', -4, -1), s.count('s'), s.count(''), s.find(''), s.find('', 100)))
    t(lambda: s.index('zz'))
    t(lambda: (s.replace('s', 'S'), s.replace('', '-'), s.replace('s', '', 2), s.expandtabs(), s.expandtabs(4)))
    t(lambda: (s.center(11, '*'), s.ljust(8), s.rjust(8, '.'), s.zfill(8)))
    t(lambda: (s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()))
    t(lambda: (s.startswith('a'), s.endswith(('c', 'i')), s.startswith('s', 2), s.removeprefix('mi'), s.removesuffix('pi')))
    t(lambda: (len(s), s[::-1], s[1:4], s[::2], s[-1:] if s else ''))
t(lambda: 'abc'[5])
k = 'x'
t(lambda: 'abc'[k])
t(lambda: 'a'.center(5, 'ab'))
t(lambda: 'a,b'.split(''))
t(lambda: '-'.join(['a', 'b', 'c']))
t(lambda: '-'.join(['a', 1]))
t(lambda: ''.join(x for x in 'xyz'))
t(lambda: 'abc'.translate({97: 'X', 98: None}))
t(lambda: 'abc'.translate(str.maketrans('abc', 'xyz', 'b')))
t(lambda: str.maketrans('ab', 'x'))
t(lambda: 'abc' * 3)
t(lambda: 'abc' * -1)
t(lambda: 'abc' + 1)
t(lambda: 1 in 'abc')
t(lambda: ('é'.encode(), 'é'.encode('latin-1'), 'é'.encode('ascii', 'replace'), 'é€'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace')))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e.args)
t(lambda: b'\xc3\xa9'.decode())
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.args)
t(lambda: b'\xff'.decode('utf-8', 'replace'))
t(lambda: str(b'abc', 'ascii'))
t(lambda: str(b'abc'))
t(lambda: str(1.5) + str(None) + str(True))
t(lambda: repr('a\'b"c\n\t\x00\x7f\u00e9\u2028\ud800\U0001f600'))
t(lambda: ascii('a\u00e9\U0001f600'))
t(lambda: 'b' > 'a')
t(lambda: sorted(['b', 'A', 'a', 'B', '\u00e9']))
t(lambda: 'ß'.upper() + 'ﬁ'.upper())
