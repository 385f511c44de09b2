"""jpy: SHA-1 (JDK digest)."""

from _jpy_hashobject import make as _make

SHA1Type, sha1 = _make('sha1', 'SHA-1', 20, 64, '_sha1')
