# Run by the reference CPython with JPY_MODULE naming jpy's _io.py: the same file and in-memory stream operations
# through CPython's _io and through jpy's, printing MISMATCH lines where results or errors differ.
import importlib.util, os, tempfile, _io as real
spec = importlib.util.spec_from_file_location('jpy_io', os.environ['JPY_MODULE'])
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)
tmp = tempfile.mkdtemp()

def outcome(thunk):
    try:
        v = thunk()
        return 'ok ' + repr(v).replace(tmp, '<tmp>').replace('jpy_io', '_io')
    except Exception as e:
        return ('exc %s: %s' % (type(e).__name__, e)).replace(tmp, '<tmp>')

def path(M, name):
    return os.path.join(tmp, '%s-%s' % ('real' if M is real else 'mine', name))

def write_read(M, name, data, wmode='w', rmode='r', **kw):
    p = path(M, name)
    with M.open(p, wmode, **kw) as f:
        f.write(data)
    with M.open(p, rmode, **kw) as f:
        return f.read()

def lines(M, data, newline):
    p = path(M, 'lines%r' % (newline,))
    with M.open(p, 'wb') as f:
        f.write(data)
    with M.open(p, 'r', newline=newline) as f:
        result = list(f)
        return result, f.newlines

def seek_tell(M):
    p = path(M, 'st')
    with M.open(p, 'w+') as f:
        f.write('hello\nworld\n')
        a = f.tell()
        f.seek(0)
        b = f.readline()
        c = f.tell()
        d = f.read()
        f.seek(6)
        e = f.read(3)
        return a, b, c, d, e, f.tell()

def binary_ops(M):
    p = path(M, 'bin')
    with M.open(p, 'wb') as f:
        f.write(b'0123456789' * 1000)
    with M.open(p, 'rb') as f:
        out = [f.read(3), f.peek(2)[:2], f.read1(4), f.tell(), f.seek(-5, 2), f.read(), f.seek(0), f.readline()[:5]]
    with M.open(p, 'r+b') as f:
        f.seek(2)
        f.write(b'XY')
        f.seek(0)
        out.append(f.read(6))
        f.truncate(4)
    with M.open(p, 'rb') as f:
        out.append(f.read())
    with M.open(p, 'ab') as f:
        out.append(f.tell())
        f.write(b'Z')
    with M.open(p, 'rb', buffering=0) as f:
        out.append((type(f).__name__, f.read(), f.mode))
    return out

cases = [
    ('text roundtrip', lambda M: write_read(M, 't1', 'héllo\nwörld\n')),
    ('text crlf', lambda M: write_read(M, 't2', 'a\nb\n', newline='\r\n')),
    ('read crlf raw', lambda M: write_read(M, 't3', 'a\r\nb\rc\n', rmode='rb')),
    ('latin-1', lambda M: write_read(M, 't4', 'caf\xe9', encoding='latin-1')),
    ('lines None', lambda M: lines(M, b'a\r\nb\rc\nd', None)),
    ('lines empty', lambda M: lines(M, b'a\r\nb\rc\nd', '')),
    ('lines lf', lambda M: lines(M, b'a\r\nb\rc\nd', '\n')),
    ('lines cr', lambda M: lines(M, b'a\r\nb\rc\nd', '\r')),
    ('lines crlf', lambda M: lines(M, b'a\r\nb\rc\nd\r\n', '\r\n')),
    ('seek tell', seek_tell),
    ('binary ops', binary_ops),
    ('missing', lambda M: M.open(os.path.join(tmp, 'nope', 'x'))),
    ('bad mode', lambda M: M.open(path(M, 'x'), 'rw')),
    ('bad mode 2', lambda M: M.open(path(M, 'x'), 'q')),
    ('text+binary', lambda M: M.open(path(M, 'x'), 'rbt')),
    ('binary encoding', lambda M: M.open(path(M, 'x'), 'wb', encoding='utf-8')),
    ('unbuffered text', lambda M: M.open(path(M, 'x'), 'w', buffering=0)),
    ('dir', lambda M: M.open(tmp)),
    ('write to reader', lambda M: write_read(M, 'wr', 'x', rmode='r') and M.open(path(M, 'wr')).write('y')),
    ('read from writer', lambda M: M.open(path(M, 'rw'), 'w').read()),
    ('closed ops', lambda M: (lambda f: (f.close(), f.closed, f.read()))(M.open(path(M, 'wr')))),
    ('write int', lambda M: M.open(path(M, 'wi'), 'w').write(1)),
    ('repr', lambda M: (lambda f: (repr(f)[:20], f.close()))(M.open(path(M, 'wr')))),
    ('BytesIO', lambda M: (lambda b: (b.write(b'abc'), b.seek(1), b.read(), b.getvalue(), b.seek(5), b.write(b'z'),
                                      b.getvalue(), b.tell(), b.truncate(2), b.getvalue(), b.readline()))(M.BytesIO())),
    ('BytesIO init', lambda M: (lambda b: (b.read(2), b.readline(), list(b)))(M.BytesIO(b'ab\ncd\nef'))),
    ('BytesIO str', lambda M: M.BytesIO().write('x')),
    ('BytesIO closed', lambda M: (lambda b: (b.close(), b.getvalue()))(M.BytesIO(b'x'))),
    ('BytesIO seek', lambda M: M.BytesIO().seek(-1)),
    ('StringIO', lambda M: (lambda s: (s.write('ab\ncd'), s.seek(0), s.readline(), s.read(), s.getvalue(), s.tell()))(M.StringIO())),
    ('StringIO init', lambda M: (lambda s: (s.tell(), s.read(), list(M.StringIO('x\ny\nz'))))(M.StringIO('hello'))),
    ('StringIO newline None', lambda M: (lambda s: (s.getvalue(), s.newlines, list(M.StringIO('a\r\nb', newline=None))))(M.StringIO('a\r\nb\rc\n', newline=None))),
    ('StringIO newline empty', lambda M: (lambda s: (s.getvalue(), list(s)))(M.StringIO('a\r\nb\rc\n', newline=''))),
    ('StringIO newline crlf', lambda M: (lambda s: (s.getvalue(), list(s)))(M.StringIO('a\nb\n', newline='\r\n'))),
    ('StringIO bad', lambda M: M.StringIO(1)),
    ('StringIO write bytes', lambda M: M.StringIO().write(b'x')),
    ('StringIO seek', lambda M: (lambda s: (s.seek(3), s.write('x'), s.getvalue()))(M.StringIO('ab'))),
    ('StringIO seek cur', lambda M: M.StringIO('ab').seek(1, 1)),
    ('IncrementalNewlineDecoder', lambda M: (lambda d: (d.decode(b'a\r'), d.decode(b'\nb\r'), d.decode(b'', True), d.newlines))(
        M.IncrementalNewlineDecoder(__import__('codecs').getincrementaldecoder('utf-8')(), True))),
    ('UnsupportedOperation', lambda M: (M.UnsupportedOperation.__mro__[1:3], M.UnsupportedOperation.__module__)),
    ('DEFAULT_BUFFER_SIZE', lambda M: M.DEFAULT_BUFFER_SIZE),
    ('FileIO mode', lambda M: (lambda f: (f.mode, f.readable(), f.writable(), f.close()))(M.FileIO(path(M, 'wr'), 'a+'))),
]
mismatches = 0
for title, case in cases:
    want = outcome(lambda: case(real))
    got = outcome(lambda: case(mine))
    if want != got:
        mismatches += 1
        print('MISMATCH', title, '\n   want', want, '\n   got ', got)
print('checked', len(cases), 'mismatches', mismatches)
