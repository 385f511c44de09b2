"""The hash objects of jpy's _md5, _sha1, _sha2 and _sha3: CPython's interface over the JDK digests of _jpy_hash."""

import _jpy_hash


def _data(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


def make(name, java_name, digest_size, block_size, module):
    """A hash class and its constructor function, as the C modules define them."""

    class HASH:
        __slots__ = ('_state',)

        def update(self, obj, /):
            """Update this hash object's state with the provided string."""
            _jpy_hash.update(self._state, _data(obj))

        def digest(self):
            """Return the digest value as a bytes object."""
            return _jpy_hash.digest(self._state)

        def hexdigest(self):
            """Return the digest value as a string of hexadecimal digits."""
            return _jpy_hash.digest(self._state).hex()

        def copy(self):
            """Return a copy of the hash object."""
            new = object.__new__(type(self))
            new._state = _jpy_hash.copy(self._state)
            return new

        @property
        def name(self):
            return name

        @property
        def digest_size(self):
            return digest_size

        @property
        def block_size(self):
            return block_size

    HASH.__name__ = HASH.__qualname__ = type_name(name)
    HASH.__module__ = module

    def constructor(string=None, *, usedforsecurity=True):
        h = object.__new__(HASH)
        h._state = _jpy_hash.new(java_name)
        if string is not None:
            h.update(string)
        return h

    constructor.__name__ = constructor.__qualname__ = name
    return HASH, constructor


def type_name(name):
    """The C type's name: SHA256Type for the SHA-2 family, the algorithm's own name for md5, sha1 and sha3_*."""
    if name.startswith('sha') and name[3:].isdigit() and name != 'sha1':
        return name.upper() + 'Type'
    return name
