"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

jpy: the Python-level layer (Struct objects, the format cache, buffer checks, errors) over _jpy_struct, the Java
packer and unpacker.
"""

import _jpy_struct as _j


class error(Exception):
    pass


error.__module__ = 'struct'


def _check(result):
    if type(result) is list:
        kind, message = result
        if kind == 'OverflowError':
            raise OverflowError(message)
        raise error(message)
    return result


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(data).cast('B').tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __module__ = '_struct'

    def __init__(self, format):
        if isinstance(format, bytes):
            fmt = format.decode('ascii')
        elif isinstance(format, str):
            fmt = format
        else:
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(format).__name__)
        size, count = _check(_j.layout(fmt))
        self._fmt = fmt
        self._size = size
        self._count = count

    @property
    def format(self):
        """struct format string"""
        return self._fmt

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def pack(self, *values):
        """S.pack(v1, v2, ...) -> bytes"""
        return _check(_j.pack(self._fmt, values))

    def pack_into(self, buffer, offset, *values):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        if len(values) != self._count:
            raise error('pack_into expected %d items for packing (got %d)' % (self._count, len(values)))
        data = _check(_j.pack(self._fmt, values))
        view = memoryview(buffer).cast('B')
        n = len(view)
        offset = offset.__index__()
        if offset < 0:
            if offset + self._size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self._size, offset))
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self._size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self._size + offset, self._size, offset, n))
        view[offset:offset + self._size] = data

    def unpack(self, buffer, /):
        """Return a tuple containing unpacked values."""
        data = _buffer(buffer)
        if len(data) != self._size:
            raise error('unpack requires a buffer of %d bytes' % self._size)
        return _check(_j.unpack(self._fmt, data, 0))

    def unpack_from(self, buffer, offset=0):
        """Return a tuple containing unpacked values."""
        data = _buffer(buffer)
        n = len(data)
        offset = offset.__index__()
        if offset < 0:
            if offset + n < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < self._size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self._size + offset, self._size, offset, n))
        return _check(_j.unpack(self._fmt, data, offset))

    def iter_unpack(self, buffer, /):
        """Return an iterator yielding tuples."""
        data = _buffer(buffer)
        if self._size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self._size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self._size)
        it = object.__new__(unpack_iterator)
        it._struct = self
        it._data = data
        it._offset = 0
        return it

    def __sizeof__(self):
        return object.__sizeof__(self) + self._size


class unpack_iterator:
    __module__ = '_struct'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_struct.unpack_iterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        if self._offset >= len(self._data):
            raise StopIteration
        result = _check(_j.unpack(self._struct._fmt, self._data, self._offset))
        self._offset += self._struct._size
        return result

    def __length_hint__(self):
        return (len(self._data) - self._offset) // self._struct._size


_cache = {}


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def _get(fmt):
    try:
        return _cache[fmt]
    except KeyError:
        pass
    except TypeError:
        return Struct(fmt)
    s = Struct(fmt)
    if len(_cache) >= 100:
        _cache.clear()
    _cache[fmt] = s
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _get(format).size


def pack(format, /, *values):
    """pack(format, v1, v2, ...) -> bytes"""
    return _get(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    """pack_into(format, buffer, offset, v1, v2, ...)"""
    return _get(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    """Return a tuple containing values unpacked according to the format string."""
    return _get(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Return a tuple containing values unpacked according to the format string."""
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the given bytes."""
    return _get(format).iter_unpack(buffer)
