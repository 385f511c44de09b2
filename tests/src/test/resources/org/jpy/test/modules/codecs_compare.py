# Run by the reference CPython with JPY_MODULE naming jpy's _codecs.py: calls the same functions on CPython's _codecs
# and on jpy's, printing MISMATCH lines where values, exception types or messages differ.
import importlib.util, os, _codecs as real, codecs
spec = importlib.util.spec_from_file_location('jpy_codecs', os.environ['JPY_MODULE'])
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)
import encodings
mine.register(encodings.search_function)
mine._initialized = True

def outcome(thunk):
    try:
        return 'ok ' + repr(thunk())
    except Exception as e:
        return 'exc %s: %s' % (type(e).__name__, e)

def handler_case(name, exc):
    return lambda M: M.lookup_error(name)(exc)

ue = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001F600b', 1, 4, 'ordinal not in range(128)')
ud = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
ut = UnicodeTranslateError('a\xe9b', 1, 2, 'x')
us = UnicodeEncodeError('utf-8', 'a\udcff\udc80b', 1, 3, 'surrogates not allowed')
up = UnicodeEncodeError('utf-16-le', 'a\ud800b', 1, 2, 'surrogates not allowed')
ud8 = UnicodeDecodeError('utf-8', b'a\xed\xa0\x80b', 1, 2, 'invalid continuation byte')

cases = []
for name in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace',
             'surrogateescape', 'surrogatepass'):
    for exc in (ue, ud, ut, us, up, ud8):
        cases.append(('%s(%r)' % (name, exc), handler_case(name, exc)))
cases.append(('lookup_error nope', lambda M: M.lookup_error('nope')))
cases.append(('lookup_error 1', lambda M: M.lookup_error(1)))
cases.append(('handler name', lambda M: M.lookup_error('strict').__name__))
for data in (b'abc', b'\xc3\xa9', b'\xc3', b'a\xe2\x82', b'a\xe2\x82\xac', b'\xf0\x9f\x98', b'\xed\xa0', b'\xe0\x80', b'\xff', b'\xf4\x90'):
    for final in (False, True):
        cases.append(('utf_8_decode %r %s' % (data, final), lambda M, d=data, f=final: M.utf_8_decode(d, None, f)))
        cases.append(('utf_8_decode replace %r %s' % (data, final), lambda M, d=data, f=final: M.utf_8_decode(d, 'replace', f)))
for text in ('abc', 'h\xe9', '\u20ac', '\U0001F600', 'a\udc80'):
    for f in ('utf_8_encode', 'latin_1_encode', 'ascii_encode', 'unicode_escape_encode', 'raw_unicode_escape_encode',
              'utf_16_encode', 'utf_16_le_encode', 'utf_16_be_encode', 'utf_32_encode', 'utf_32_be_encode'):
        for errors in (None, 'replace', 'backslashreplace', 'surrogateescape'):
            cases.append(('%s %r %s' % (f, text, errors), lambda M, f=f, t=text, e=errors: getattr(M, f)(t, e)))
for data in (b'abc', rb'\n\x41\\u20ac\\U0001F600\\101\\N{DIGIT ONE}', b'\\x4', b'\\', b'\\q', b'\\u12', b'\\U00110000',
             b'\\N{NOPE}', b'a\\\\u0041', b'\\u0041'):
    for errors in (None, 'replace', 'ignore', 'backslashreplace'):
        for f in ('unicode_escape_decode', 'raw_unicode_escape_decode', 'escape_decode', 'latin_1_decode', 'ascii_decode'):
            cases.append(('%s %r %s' % (f, data, errors), lambda M, f=f, d=data, e=errors: getattr(M, f)(d, e)))
for data in (b'', b'a\x00', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00\x00', b'\x00\xd8', b'\x00\xd8\x00\xdc', b'a\x00\x00\x00',
             b'\xff\xfe\x00\x00a\x00\x00\x00'):
    for f in ('utf_16_decode', 'utf_16_le_decode', 'utf_16_be_decode', 'utf_32_decode', 'utf_32_le_decode'):
        for final in (False, True):
            cases.append(('%s %r %s' % (f, data, final), lambda M, f=f, d=data, fi=final: getattr(M, f)(d, 'strict', fi)))
    cases.append(('utf_16_ex_decode %r' % data, lambda M, d=data: M.utf_16_ex_decode(d, 'strict', 0, True)))
table = ''.join(chr(c) for c in range(128)) + '\u20ac' + '\ufffe' * 127
cases.append(('charmap_decode', lambda M: M.charmap_decode(b'ab\x80\x81', 'replace', table)))
cases.append(('charmap_decode strict', lambda M: M.charmap_decode(b'ab\x80\x81', 'strict', table)))
cases.append(('charmap_decode dict', lambda M: M.charmap_decode(b'ab', 'strict', {97: 'x', 98: None})))
cases.append(('charmap_encode', lambda M: M.charmap_encode('ab\u20ac', 'strict', M.charmap_build(table))))
cases.append(('charmap_encode err', lambda M: M.charmap_encode('ab\u20ad', 'strict', M.charmap_build(table))))
cases.append(('charmap_encode replace', lambda M: M.charmap_encode('ab\u20ad', 'replace', M.charmap_build(table))))
cases.append(('charmap_encode dict', lambda M: M.charmap_encode('ab', 'strict', {97: 120, 98: b'yz'})))
cases.append(('escape_encode', lambda M: M.escape_encode(b"a\\'\t\n\r\x00\x7f\xff")))
cases.append(('lookup utf8', lambda M: M.lookup('UTF-8').name))
cases.append(('lookup latin', lambda M: M.lookup('Latin 1').name))
cases.append(('lookup nope', lambda M: M.lookup('nope-enc')))
cases.append(('encode', lambda M: M.encode('h\xe9', 'latin-1')))
cases.append(('decode', lambda M: M.decode(b'h\xc3\xa9')))
cases.append(('decode rot', lambda M: M.encode('abc', 'rot13')))
cases.append(('register non-callable', lambda M: M.register(1)))
cases.append(('readbuffer_encode', lambda M: M.readbuffer_encode('h\xe9')))
mismatches = 0
for title, case in cases:
    want = outcome(lambda: case(real))
    got = outcome(lambda: case(mine))
    if want != got:
        mismatches += 1
        print('MISMATCH', title, '\n   want', want, '\n   got ', got)
print('checked', len(cases), 'mismatches', mismatches)
