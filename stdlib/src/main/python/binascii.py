"""Conversion between binary data and ASCII

jpy: argument handling and errors here, the byte algorithms in Java (_jpy_binascii).
"""

import _jpy_binascii as _j


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'


def _check(result):
    if type(result) is list:
        raise Error(result[1])
    return result


def _bytes(data, function, ascii_str=False):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        if ascii_str:
            if not data.isascii():
                raise ValueError('string argument should contain only ASCII characters')
            return data.encode('ascii')
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).cast('B').tobytes()
    except TypeError:
        if ascii_str:
            raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__) from None
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    return _check(_j.a2b_base64(_bytes(data, 'a2b_base64', True), bool(strict_mode)))


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    return _j.b2a_base64(_bytes(data, 'b2a_base64'), bool(newline))


def _sep(sep):
    if sep is None:
        return -1
    if isinstance(sep, str):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        if not sep.isascii():
            raise ValueError('sep must be ASCII.')
        return ord(sep)
    if isinstance(sep, (bytes, bytearray)):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        if sep[0] > 127:
            raise ValueError('sep must be ASCII.')
        return sep[0]
    raise TypeError('sep must be str or bytes.')


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    return _j.hexlify(_bytes(data, 'hexlify'), _sep(sep), bytes_per_sep.__index__())


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    return _j.hexlify(_bytes(data, 'b2a_hex'), _sep(sep), bytes_per_sep.__index__())


def unhexlify(hexstr, /):
    """Binary data of hexadecimal representation."""
    return _check(_j.unhexlify(_bytes(hexstr, 'unhexlify', True)))


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    return _check(_j.unhexlify(_bytes(hexstr, 'a2b_hex', True)))


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    return _j.crc32(_bytes(data, 'crc32'), crc.__index__() & 0xFFFFFFFF)


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    return _j.crc_hqx(_bytes(data, 'crc_hqx'), crc.__index__() & 0xFFFF)
