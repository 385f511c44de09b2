"""jpy: SHA-2 hashes (JDK digests)."""

from _jpy_hashobject import make as _make

SHA224Type, sha224 = _make('sha224', 'SHA-224', 28, 64, '_sha2')
SHA256Type, sha256 = _make('sha256', 'SHA-256', 32, 64, '_sha2')
SHA384Type, sha384 = _make('sha384', 'SHA-384', 48, 128, '_sha2')
SHA512Type, sha512 = _make('sha512', 'SHA-512', 64, 128, '_sha2')
