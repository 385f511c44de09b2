"""The codec registry and the builtin codecs' entry points (CPython's Modules/_codecsmodule.c and Python/codecs.c).

jpy keeps the registry, the error handlers and the less common codecs here in Python; the hot conversions
(UTF-8, Latin-1, ASCII) delegate to str.encode/bytes.decode, which are Java. The standard error handlers follow
CPython's semantics exactly (what they return for UnicodeEncodeError/DecodeError/TranslateError and their messages).
"""

__all__ = [
    'register', 'unregister', 'lookup', 'encode', 'decode', 'register_error', 'lookup_error',
    'utf_8_encode', 'utf_8_decode', 'latin_1_encode', 'latin_1_decode', 'ascii_encode', 'ascii_decode',
    'charmap_build', 'charmap_encode', 'charmap_decode', 'escape_encode', 'escape_decode',
    'unicode_escape_encode', 'unicode_escape_decode', 'raw_unicode_escape_encode', 'raw_unicode_escape_decode',
    'utf_16_encode', 'utf_16_decode', 'utf_16_le_encode', 'utf_16_le_decode', 'utf_16_be_encode',
    'utf_16_be_decode', 'utf_16_ex_decode', 'utf_32_encode', 'utf_32_decode', 'utf_32_le_encode',
    'utf_32_le_decode', 'utf_32_be_encode', 'utf_32_be_decode', 'utf_32_ex_decode', 'readbuffer_encode',
]

_builtin_str = str
_search_functions = []
_cache = {}
_initialized = False


def register(search_function, /):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(encoding):
    chars = []
    for ch in encoding:
        if ch == ' ':
            chars.append('_')
        else:
            chars.append(ch.lower() if ch.isascii() else ch)
    return ''.join(chars)


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    global _initialized
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    if '\0' in encoding:
        raise ValueError('embedded null character')
    normalized = _normalize(encoding)
    try:
        return _cache[normalized]
    except KeyError:
        pass
    if not _initialized:
        _initialized = True
        import encodings
    for function in _search_functions:
        result = function(normalized)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _cache[normalized] = result
        return result
    raise LookupError('unknown encoding: %s' % encoding)


def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    codec = lookup(encoding)
    result = codec[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    codec = lookup(encoding)
    result = codec[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


# --- error handlers -------------------------------------------------------------------------------------------

def _wrong_exception_type(exc):
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc, /):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc, /):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    _wrong_exception_type(exc)


def replace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    _wrong_exception_type(exc)


def xmlcharrefreplace_errors(exc, /):
    if not isinstance(exc, UnicodeEncodeError):
        _wrong_exception_type(exc)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def _backslash(cp):
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp


def backslashreplace_errors(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_backslash(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    _wrong_exception_type(exc)


def namereplace_errors(exc, /):
    if not isinstance(exc, UnicodeEncodeError):
        _wrong_exception_type(exc)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except ValueError:
            out.append(_backslash(ord(c)))
    return (''.join(out), exc.end)


def surrogateescape_errors(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end][:4]:
            if b < 128:
                raise exc
            out.append(chr(0xDC00 + b))
        return (''.join(out), exc.start + len(out))
    if isinstance(exc, UnicodeEncodeError):
        out = []
        for c in exc.object[exc.start:exc.end]:
            cp = ord(c)
            if not 0xDC80 <= cp <= 0xDCFF:
                raise exc
            out.append(cp - 0xDC00)
        return (bytes(out), exc.end)
    _wrong_exception_type(exc)


def _surrogatepass_encoding(name):
    name = name.lower().replace('-', '_')
    if name in ('utf_8', 'utf8'):
        return 'utf-8'
    for prefix, kind in (('utf_16', 'utf-16'), ('utf_32', 'utf-32')):
        if name.startswith(prefix):
            suffix = name[len(prefix):]
            if suffix in ('', '_le'):
                return kind + '-le'
            if suffix == '_be':
                return kind + '-be'
    return None


def surrogatepass_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        kind = _surrogatepass_encoding(exc.encoding)
        if kind is None:
            raise exc
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            cp = ord(c)
            if not 0xD800 <= cp <= 0xDFFF:
                raise exc
            if kind == 'utf-8':
                out += bytes((0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)))
            elif kind.startswith('utf-16'):
                out += cp.to_bytes(2, 'little' if kind.endswith('le') else 'big')
            else:
                out += cp.to_bytes(4, 'little' if kind.endswith('le') else 'big')
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        kind = _surrogatepass_encoding(exc.encoding)
        if kind is None:
            raise exc
        data = exc.object
        start = exc.start
        if kind == 'utf-8':
            chunk = data[start:start + 3]
            if (len(chunk) == 3 and (chunk[0] & 0xF0) == 0xE0 and (chunk[1] & 0xC0) == 0x80 and
                    (chunk[2] & 0xC0) == 0x80):
                cp = ((chunk[0] & 0x0F) << 12) | ((chunk[1] & 0x3F) << 6) | (chunk[2] & 0x3F)
                if 0xD800 <= cp <= 0xDFFF:
                    return (chr(cp), start + 3)
            raise exc
        width = 2 if kind.startswith('utf-16') else 4
        chunk = data[start:start + width]
        if len(chunk) == width:
            cp = int.from_bytes(chunk, 'little' if kind.endswith('le') else 'big')
            if 0xD800 <= cp <= 0xDFFF:
                return (chr(cp), start + width)
        raise exc
    _wrong_exception_type(exc)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
    'surrogateescape': surrogateescape_errors,
    'surrogatepass': surrogatepass_errors,
}
for _name, _handler in _error_handlers.items():
    _handler.__name__ = _name + '_errors'
    _handler.__qualname__ = _name + '_errors'
del _name, _handler


def register_error(errors, handler, /):
    """Register the specified error handler under the name errors."""
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(errors).__name__)
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[errors] = handler


def lookup_error(name, /):
    """lookup_error(errors) -> handler"""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


# --- the builtin codecs' functions ------------------------------------------------------------------------------

def _errors(errors):
    return 'strict' if errors is None else errors


def _check_str(name, obj):
    if not isinstance(obj, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (name, type(obj).__name__))


def _as_bytes(name, data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def utf_8_encode(str, errors=None, /):
    _check_str('utf_8_encode', str)
    return (str.encode('utf-8', _errors(errors)), len(str))


def _utf8_incomplete_tail(data):
    """How many bytes at the end of data start a UTF-8 sequence that more input could complete."""
    n = len(data)
    for k in range(1, min(3, n) + 1):
        b = data[n - k]
        if b < 0x80:
            return 0
        if b >= 0xC0:
            if 0xC2 <= b <= 0xDF:
                need = 2
            elif 0xE0 <= b <= 0xEF:
                need = 3
            elif 0xF0 <= b <= 0xF4:
                need = 4
            else:
                return 0
            if need <= k:
                return 0
            if k >= 2:
                second = data[n - k + 1]
                lo, hi = 0x80, 0xBF
                if b == 0xE0:
                    lo = 0xA0
                elif b == 0xF0:
                    lo = 0x90
                elif b == 0xF4:
                    hi = 0x8F
                if not lo <= second <= hi:
                    return 0
            return k
    return 0


def utf_8_decode(data, errors=None, final=False, /):
    data = _as_bytes('utf_8_decode', data)
    end = len(data)
    if not final:
        end -= _utf8_incomplete_tail(data)
    return (data[:end].decode('utf-8', _errors(errors)), end)


def latin_1_encode(str, errors=None, /):
    _check_str('latin_1_encode', str)
    return (str.encode('latin-1', _errors(errors)), len(str))


def latin_1_decode(data, errors=None, /):
    data = _as_bytes('latin_1_decode', data)
    return (data.decode('latin-1', _errors(errors)), len(data))


def ascii_encode(str, errors=None, /):
    _check_str('ascii_encode', str)
    return (str.encode('ascii', _errors(errors)), len(str))


def ascii_decode(data, errors=None, /):
    data = _as_bytes('ascii_decode', data)
    return (data.decode('ascii', _errors(errors)), len(data))


def readbuffer_encode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _as_bytes('readbuffer_encode', data)
    return (data, len(data))


def charmap_build(map, /):
    _check_str('charmap_build', map)
    return {ord(c): i for i, c in enumerate(map)}


def _call_handler(errors, exc):
    result = lookup_error(_errors(errors))(exc)
    if not isinstance(result, tuple) or len(result) != 2:
        if isinstance(exc, UnicodeDecodeError):
            raise TypeError('decoding error handler must return (str, int) tuple')
        raise TypeError('encoding error handler must return (str/bytes, int) tuple')
    replacement, pos = result
    length = len(exc.object)
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError('position %d from error handler out of bounds' % pos)
    return replacement, pos


def charmap_encode(str, errors=None, mapping=None, /):
    _check_str('charmap_encode', str)
    if mapping is None:
        return latin_1_encode(str, errors)
    out = bytearray()
    i = 0
    n = len(str)
    while i < n:
        c = str[i]
        try:
            value = mapping[ord(c)]
        except (KeyError, IndexError, LookupError):
            value = None
        if value is None:
            j = i + 1
            while j < n:
                try:
                    if mapping[ord(str[j])] is not None:
                        break
                except (KeyError, IndexError, LookupError):
                    pass
                j += 1
            exc = UnicodeEncodeError('charmap', str, i, j, 'character maps to <undefined>')
            replacement, i = _call_handler(errors, exc)
            if isinstance(replacement, _builtin_str):
                for rc in replacement:
                    try:
                        rv = mapping[ord(rc)]
                    except (KeyError, IndexError, LookupError):
                        rv = None
                    if rv is None:
                        raise exc
                    out += bytes((rv,)) if isinstance(rv, int) else rv
            else:
                out += replacement
            continue
        if isinstance(value, int):
            if not 0 <= value < 256:
                raise TypeError('character mapping must be in range(256)')
            out.append(value)
        elif isinstance(value, bytes):
            out += value
        else:
            raise TypeError('character mapping must return integer, bytes or None, not %s' % type(value).__name__)
        i += 1
    return (bytes(out), n)


def charmap_decode(data, errors=None, mapping=None, /):
    data = _as_bytes('charmap_decode', data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        try:
            value = mapping[b]
        except (KeyError, IndexError, LookupError):
            value = None
        if isinstance(value, int):
            if not 0 <= value <= 0x10FFFF:
                raise TypeError('character mapping must be in range(0x110000)')
            value = chr(value)
        if value is None or value == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
            replacement, i = _call_handler(errors, exc)
            out.append(replacement)
            continue
        if not isinstance(value, str):
            raise TypeError('character mapping must return integer, None or str')
        out.append(value)
        i += 1
    return (''.join(out), n)


def escape_encode(data, errors=None, /):
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not %s" % type(data).__name__)
    out = []
    for b in data:
        if b == 0x5C:
            out.append('\\\\')
        elif b == 0x27:
            out.append("\\'")
        elif b == 0x09:
            out.append('\\t')
        elif b == 0x0A:
            out.append('\\n')
        elif b == 0x0D:
            out.append('\\r')
        elif b < 0x20 or b >= 0x7F:
            out.append('\\x%02x' % b)
        else:
            out.append(chr(b))
    return (''.join(out).encode('ascii'), len(data))


_SIMPLE_ESCAPES = {'\n': None, '\\': '\\', "'": "'", '"': '"', 'b': '\b', 'f': '\f', 't': '\t', 'n': '\n',
                   'r': '\r', 'v': '\v', 'a': '\a'}


def _decode_escapes(text, errors, unicode, encoding):
    """The backslash-escape decoder shared by escape_decode (bytes) and unicode_escape_decode."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            if unicode:
                exc = UnicodeDecodeError(encoding, text.encode('latin-1'), start, n, '\\ at end of string')
                replacement, i = _call_handler(errors, exc)
                out.append(replacement)
                continue
            raise ValueError('Trailing \\ in string')
        c = text[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            value = _SIMPLE_ESCAPES[c]
            if value is not None:
                out.append(value)
        elif c in '01234567':
            digits = c
            while i < n and len(digits) < 3 and text[i] in '01234567':
                digits += text[i]
                i += 1
            value = int(digits, 8)
            if not unicode:
                value &= 0xFF
            out.append(chr(value))
        elif c == 'x' or (unicode and c in 'uU'):
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = text[i:i + width]
            if len(digits) == width and all(d in '0123456789abcdefABCDEF' for d in digits):
                value = int(digits, 16)
                i += width
                if value > 0x10FFFF:
                    exc = UnicodeDecodeError(encoding, text.encode('latin-1'), start, i, 'illegal Unicode character')
                    replacement, i = _call_handler(errors, exc)
                    out.append(replacement)
                    continue
                out.append(chr(value))
            else:
                if not unicode:
                    if errors in (None, 'strict'):
                        raise ValueError('invalid \\x escape at position %d' % start)
                    if errors == 'replace':
                        out.append('?')
                    elif errors != 'ignore':
                        raise ValueError("decoding error; unknown error handling code: %s" % errors)
                    while i < n and text[i] in '0123456789abcdefABCDEF':
                        i += 1
                    continue
                j = i
                while j < n and j < i + width and text[j] in '0123456789abcdefABCDEF':
                    j += 1
                reason = 'truncated \\xXX escape' if c == 'x' else (
                    'truncated \\uXXXX escape' if c == 'u' else 'truncated \\UXXXXXXXX escape')
                exc = UnicodeDecodeError(encoding, text.encode('latin-1'), start, j, reason)
                replacement, i = _call_handler(errors, exc)
                out.append(replacement)
        elif unicode and c == 'N':
            import unicodedata
            end = text.find('}', i)
            if i < n and text[i] == '{' and end > i + 1:
                try:
                    out.append(unicodedata.lookup(text[i + 1:end]))
                    i = end + 1
                    continue
                except KeyError:
                    reason = 'unknown Unicode character name'
                    stop = end + 1
            else:
                reason = 'malformed \\N character escape'
                stop = end + 1 if end > 0 else n
            exc = UnicodeDecodeError(encoding, text.encode('latin-1'), start, stop, reason)
            replacement, i = _call_handler(errors, exc)
            out.append(replacement)
        else:
            out.append('\\')
            out.append(c)
    return ''.join(out)


def escape_decode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _as_bytes('escape_decode', data)
    text = _decode_escapes(data.decode('latin-1'), errors, False, 'escape')
    return (text.encode('latin-1'), len(data))


def unicode_escape_encode(str, errors=None, /):
    _check_str('unicode_escape_encode', str)
    out = []
    for c in str:
        cp = ord(c)
        if c == '\\':
            out.append('\\\\')
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif cp < 0x20 or 0x7F <= cp < 0x100:
            out.append('\\x%02x' % cp)
        elif cp < 0x7F:
            out.append(c)
        elif cp < 0x10000:
            out.append('\\u%04x' % cp)
        else:
            out.append('\\U%08x' % cp)
    return (''.join(out).encode('ascii'), len(str))


def unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _as_bytes('unicode_escape_decode', data)
    return (_decode_escapes(data.decode('latin-1'), errors, True, 'unicodeescape'), len(data))


def raw_unicode_escape_encode(str, errors=None, /):
    _check_str('raw_unicode_escape_encode', str)
    out = bytearray()
    for c in str:
        cp = ord(c)
        if cp < 0x100:
            out.append(cp)
        elif cp < 0x10000:
            out += ('\\u%04x' % cp).encode('ascii')
        else:
            out += ('\\U%08x' % cp).encode('ascii')
    return (bytes(out), len(str))


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _as_bytes('raw_unicode_escape_decode', data)
    text = data.decode('latin-1')
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '\\' and i + 1 < n and text[i + 1] in 'uU':
            backslashes = 0
            j = i - 1
            while j >= 0 and text[j] == '\\':
                backslashes += 1
                j -= 1
            if backslashes % 2 == 0:
                width = 4 if text[i + 1] == 'u' else 8
                digits = text[i + 2:i + 2 + width]
                if len(digits) == width and all(d in '0123456789abcdefABCDEF' for d in digits):
                    value = int(digits, 16)
                    if value <= 0x10FFFF:
                        out.append(chr(value))
                        i += 2 + width
                        continue
                    exc = UnicodeDecodeError('rawunicodeescape', data, i, i + 2 + width, '\\Uxxxxxxxx out of range')
                    replacement, i = _call_handler(errors, exc)
                    out.append(replacement)
                    continue
                reason = 'truncated \\uXXXX escape' if width == 4 else 'truncated \\UXXXXXXXX escape'
                exc = UnicodeDecodeError('rawunicodeescape', data, i, min(n, i + 2 + len(digits)), reason)
                replacement, i = _call_handler(errors, exc)
                out.append(replacement)
                continue
        out.append(c)
        i += 1
    return (''.join(out), n)


def _utf16_32_encode(str, errors, width, byteorder, bom):
    _check_str('utf_%d_encode' % (width * 8), str)
    name = 'utf-%d-%s' % (width * 8, 'le' if byteorder == 'little' else 'be')
    try:
        data = str.encode(name, _errors(errors))
    except UnicodeEncodeError as e:
        if not bom:
            raise
        raise UnicodeEncodeError('utf-%d' % (width * 8), e.object, e.start, e.end, e.reason) from None
    if bom:
        data = (0xFEFF).to_bytes(width, byteorder) + data
    return (data, len(str))


def _utf16_32_decode(data, errors, final, width, byteorder):
    data = _as_bytes('utf_%d_decode' % (width * 8), data)
    end = len(data)
    if not final:
        end -= end % width
        if width == 2 and end >= 2:
            last = int.from_bytes(data[end - 2:end], byteorder)
            if 0xD800 <= last <= 0xDBFF:
                end -= 2
    name = 'utf-%d-%s' % (width * 8, 'le' if byteorder == 'little' else 'be')
    return (data[:end].decode(name, _errors(errors)), end)


def utf_16_encode(str, errors=None, byteorder=0, /):
    if byteorder == 0:
        return _utf16_32_encode(str, errors, 2, 'little', True)
    return _utf16_32_encode(str, errors, 2, 'little' if byteorder < 0 else 'big', False)


def utf_16_le_encode(str, errors=None, /):
    return _utf16_32_encode(str, errors, 2, 'little', False)


def utf_16_be_encode(str, errors=None, /):
    return _utf16_32_encode(str, errors, 2, 'big', False)


def utf_32_encode(str, errors=None, byteorder=0, /):
    if byteorder == 0:
        return _utf16_32_encode(str, errors, 4, 'little', True)
    return _utf16_32_encode(str, errors, 4, 'little' if byteorder < 0 else 'big', False)


def utf_32_le_encode(str, errors=None, /):
    return _utf16_32_encode(str, errors, 4, 'little', False)


def utf_32_be_encode(str, errors=None, /):
    return _utf16_32_encode(str, errors, 4, 'big', False)


def utf_16_le_decode(data, errors=None, final=False, /):
    return _utf16_32_decode(data, errors, final, 2, 'little')


def utf_16_be_decode(data, errors=None, final=False, /):
    return _utf16_32_decode(data, errors, final, 2, 'big')


def utf_32_le_decode(data, errors=None, final=False, /):
    return _utf16_32_decode(data, errors, final, 4, 'little')


def utf_32_be_decode(data, errors=None, final=False, /):
    return _utf16_32_decode(data, errors, final, 4, 'big')


def _ex_decode(data, errors, byteorder, final, width):
    data = _as_bytes('utf_%d_ex_decode' % (width * 8), data)
    consumed_bom = 0
    if byteorder == 0 and len(data) >= width:
        if data[:width] == (0xFEFF).to_bytes(width, 'little'):
            byteorder, consumed_bom = -1, width
        elif data[:width] == (0xFEFF).to_bytes(width, 'big'):
            byteorder, consumed_bom = 1, width
    order = 'big' if byteorder > 0 else 'little'
    text, consumed = _utf16_32_decode(data[consumed_bom:], errors, final, width, order)
    return (text, consumed + consumed_bom, byteorder)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _ex_decode(data, errors, byteorder, final, 2)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _ex_decode(data, errors, byteorder, final, 4)


def utf_16_decode(data, errors=None, final=False, /):
    text, consumed, _ = _ex_decode(data, errors, 0, final, 2)
    return (text, consumed)


def utf_32_decode(data, errors=None, final=False, /):
    text, consumed, _ = _ex_decode(data, errors, 0, final, 4)
    return (text, consumed)


class _BuiltinFunction:
    """What CPython's C functions are and Python functions are not: no __get__, so `_decode = codecs.utf_8_decode`
    in a class body stays a plain function (codecs.BufferedIncrementalDecoder relies on it)."""

    __slots__ = ("_function", "__name__", "__qualname__")

    def __init__(self, function):
        self._function = function
        self.__name__ = function.__name__
        self.__qualname__ = function.__name__

    def __call__(self, *args, **kwargs):
        return self._function(*args, **kwargs)

    def __repr__(self):
        return "<built-in function %s>" % self.__name__


def _make_builtin_functions(namespace):
    function_type = type(_make_builtin_functions)
    for _name, _value in list(namespace.items()):
        if not _name.startswith("_") and type(_value) is function_type:
            namespace[_name] = _BuiltinFunction(_value)


_make_builtin_functions(globals())
del _make_builtin_functions
