"""jpy: MD5 (JDK digest)."""

from _jpy_hashobject import make as _make

MD5Type, md5 = _make('md5', 'MD5', 16, 64, '_md5')
