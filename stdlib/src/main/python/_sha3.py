"""jpy: SHA-3 hashes (JDK digests); the SHAKE functions are not available."""

from _jpy_hashobject import make as _make

_, sha3_224 = _make('sha3_224', 'SHA3-224', 28, 144, '_sha3')
_, sha3_256 = _make('sha3_256', 'SHA3-256', 32, 136, '_sha3')
_, sha3_384 = _make('sha3_384', 'SHA3-384', 48, 104, '_sha3')
_, sha3_512 = _make('sha3_512', 'SHA3-512', 64, 72, '_sha3')
del _
