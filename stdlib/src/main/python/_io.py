"""The io module provides the Python interfaces to stream handling. The builtin open function is defined here.

jpy's _io, written in Python over the posix file-descriptor functions. It follows CPython's C implementation
(Modules/_io) in class names, argument checks, error messages and the text layer's universal-newline rules.
Streams for sys.stdin/stdout/stderr come from _jpy_std_stream(fd, ...).
"""

import posix as _posix
import codecs as _codecs_mod

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

BlockingIOError = BlockingIOError


try:
    class UnsupportedOperation(OSError, ValueError):
        pass
except TypeError:
    # a runtime that cannot lay out two exception bases yet still gets a usable io
    class UnsupportedOperation(OSError):
        pass


UnsupportedOperation.__module__ = 'io'


def _unsupported(name):
    raise UnsupportedOperation(name)


def _index(value, name='argument'):
    if type(value) is int:
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


def _size(size):
    if size is None:
        return -1
    return _index(size)


class _IOBase:
    """The abstract base class for all I/O classes."""

    __module__ = '_io'
    __closed = False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if msg is None else msg)

    def seek(self, pos, whence=0):
        _unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported('truncate')

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _size(size)
        peek = getattr(self, 'peek', None)
        res = bytearray()
        while size < 0 or len(res) < size:
            nreadahead = 1
            if peek is not None:
                readahead = peek(1)
                if readahead:
                    n = (readahead.find(b'\n') + 1) or len(readahead)
                    if size >= 0:
                        n = min(n, size - len(res))
                    nreadahead = n
            b = self.read(nreadahead)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size(hint)
        if hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """Base class for raw binary I/O."""

    __module__ = '_io'

    def read(self, size=-1):
        size = _size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        _unsupported('readinto')

    def write(self, b):
        _unsupported('write')


class _BufferedIOBase(_IOBase):
    """Base class for buffered IO objects."""

    __module__ = '_io'

    def read(self, size=-1):
        _unsupported('read')

    def read1(self, size=-1):
        _unsupported('read1')

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def _readinto(self, b, read1):
        m = memoryview(b).cast('B')
        data = self.read1(len(m)) if read1 else self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        _unsupported('write')

    def detach(self):
        _unsupported('detach')


class _TextIOBase(_IOBase):
    """Base class for text I/O."""

    __module__ = '_io'

    def read(self, size=-1):
        _unsupported('read')

    def write(self, s):
        _unsupported('write')

    def truncate(self, pos=None):
        _unsupported('truncate')

    def readline(self, size=-1):
        _unsupported('readline')

    def detach(self):
        _unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# --------------------------------------------------------------------------------------------------------------
# FileIO

class FileIO(_RawIOBase):
    __module__ = '_io'

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        self._created = self._readable = self._writable = self._appending = False
        self._seekable = None
        self._closefd = True
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        else:
            fd = -1
        if not isinstance(mode, str):
            raise TypeError('invalid mode: %s' % (mode,))
        if not set(mode) <= set('xrwabt+') or mode.count('+') > 1 or len(set(mode)) != len(mode):
            raise ValueError('invalid mode: %s' % (mode,))
        rwa = sum(c in 'rwax' for c in mode)
        if rwa != 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        if 't' in mode:
            raise ValueError('invalid mode: %s' % (mode,))
        flags = 0
        if 'x' in mode:
            self._created = self._writable = True
            flags = _posix.O_EXCL | _posix.O_CREAT
        elif 'r' in mode:
            self._readable = True
        elif 'w' in mode:
            self._writable = True
            flags = _posix.O_CREAT | _posix.O_TRUNC
        elif 'a' in mode:
            self._writable = self._appending = True
            flags = _posix.O_APPEND | _posix.O_CREAT
        if '+' in mode:
            self._readable = self._writable = True
        if self._readable and self._writable:
            flags |= _posix.O_RDWR
        elif self._readable:
            flags |= _posix.O_RDONLY
        else:
            flags |= _posix.O_WRONLY
        flags |= getattr(_posix, 'O_CLOEXEC', 0)
        if fd < 0:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = _posix.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError('opener returned %d' % fd)
        self._closefd = closefd
        self._fd = fd
        try:
            st = _posix.fstat(fd)
        except OSError:
            st = None
        if st is not None and (st.st_mode & 0o170000) == 0o040000:
            if closefd and not isinstance(file, int):
                _posix.close(fd)
            self._fd = -1
            raise IsADirectoryError(21, 'Is a directory', file)
        self._blksize = DEFAULT_BUFFER_SIZE
        self.name = file
        if self._appending:
            try:
                _posix.lseek(fd, 0, SEEK_END)
            except OSError:
                pass

    def __repr__(self):
        class_name = '%s.%s' % (type(self).__module__, type(self).__qualname__)
        if self.closed:
            return '<%s [closed]>' % class_name
        try:
            name = self.name
        except AttributeError:
            return '<%s fd=%d mode=%r closefd=%r>' % (class_name, self._fd, self.mode, self._closefd)
        return '<%s name=%r mode=%r closefd=%r>' % (class_name, name, self.mode, self._closefd)

    def _checkReadable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self, msg=None):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def read(self, size=-1):
        self._checkClosed()
        self._checkReadable()
        size = _size(size)
        if size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._checkClosed()
        self._checkReadable()
        result = bytearray()
        while True:
            chunk = _posix.read(self._fd, 65536)
            if not chunk:
                break
            result += chunk
        return bytes(result)

    def readinto(self, b):
        m = memoryview(b).cast('B')
        data = self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        return _posix.write(self._fd, b)

    def seek(self, pos, whence=SEEK_SET):
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        self._checkClosed()
        return _posix.lseek(self._fd, _index(pos), whence)

    def tell(self):
        self._checkClosed()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._checkClosed()
        self._checkWritable()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            try:
                if self._closefd:
                    _posix.close(self._fd)
            finally:
                super().close()

    def seekable(self):
        self._checkClosed()
        if self._seekable is None:
            try:
                self.tell()
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def fileno(self):
        self._checkClosed()
        return self._fd

    def isatty(self):
        self._checkClosed()
        return _posix.isatty(self._fd)

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'


# --------------------------------------------------------------------------------------------------------------
# BytesIO and StringIO

class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = '_io'

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += initial_bytes
        self._buffer = buf
        self._pos = 0
        self._exports = 0

    def __getstate__(self):
        if self.closed:
            raise ValueError('__getstate__ on closed file')
        return self.getvalue(), self._pos, getattr(self, '__dict__', {}).copy()

    def getvalue(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return bytes(self._buffer)

    def getbuffer(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return memoryview(self._buffer)

    def close(self):
        super().close()

    def read(self, size=-1):
        self._checkClosed()
        size = _size(size)
        if size < 0:
            size = len(self._buffer)
        if len(self._buffer) <= self._pos:
            return b''
        newpos = min(len(self._buffer), self._pos + size)
        b = self._buffer[self._pos:newpos]
        self._pos = newpos
        return bytes(b)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._checkClosed()
        size = _size(size)
        buf = self._buffer
        end = buf.find(b'\n', self._pos)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        if end <= self._pos:
            return b''
        b = bytes(buf[self._pos:end])
        self._pos = end
        return b

    def write(self, b):
        self._checkClosed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        with memoryview(b) as view:
            n = view.nbytes
            data = view.cast('B').tobytes() if view.ndim != 1 or view.format != 'B' else view.tobytes()
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buffer):
            self._buffer += b'\x00' * (pos - len(self._buffer))
        self._buffer[pos:pos + n] = data
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError('negative size value %d' % pos)
        del self._buffer[pos:]
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._readuniversal = newline is None or newline == ''
        self._readtranslate = newline is None
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'
        self._seennl = 0
        self._chars = []
        self._value = ''
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _translate_in(self, s):
        if self._readtranslate:
            if '\r' in s:
                if '\r\n' in s:
                    self._seennl |= 4
                if s.replace('\r\n', '').find('\r') >= 0:
                    self._seennl |= 2
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            if '\n' in s.replace('\r\n', ''):
                self._seennl |= 1
        elif self._writetranslate and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        return s

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        length = len(s)
        s = self._translate_in(s)
        value = self._value
        pos = self._pos
        if pos > len(value):
            value += '\0' * (pos - len(value))
        self._value = value[:pos] + s + value[pos + len(s):]
        self._pos = pos + len(s)
        return length

    def getvalue(self):
        self._checkClosed()
        return self._value

    def read(self, size=-1):
        self._checkClosed()
        size = _size(size)
        value = self._value
        if size < 0:
            end = len(value)
        else:
            end = min(len(value), self._pos + size)
        if self._pos >= len(value):
            return ''
        s = value[self._pos:end]
        self._pos = max(self._pos, end)
        return s

    def readline(self, size=-1):
        self._checkClosed()
        size = _size(size)
        value = self._value
        start = self._pos
        if start >= len(value):
            return ''
        if self._newline == '':
            i = start
            end = len(value)
            while i < len(value):
                c = value[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if value[i + 1:i + 2] == '\n' else i + 1
                    break
                i += 1
        else:
            nl = '\n' if self._newline is None else self._writenl
            i = value.find(nl, start)
            end = len(value) if i < 0 else i + len(nl)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return value[start:end]

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._pos
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            pos = len(self._value)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError('Negative size value %d' % pos)
        self._value = self._value[:pos]
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def line_buffering(self):
        self._checkClosed()
        return False

    @property
    def newlines(self):
        self._checkClosed()
        if not self._readtranslate:
            return None
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
                ('\r', '\n', '\r\n'))[self._seennl]

    def __getstate__(self):
        return self.getvalue(), self._newline, self._pos, getattr(self, '__dict__', {}).copy()


# --------------------------------------------------------------------------------------------------------------
# Buffered streams

class _BufferedBase(_BufferedIOBase):
    def _init_raw(self, raw, buffer_size):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size
        self._read_buf = b''
        self._read_pos = 0
        self._write_buf = bytearray()
        self._detached = False

    def _check_raw(self):
        if self._detached:
            raise ValueError('raw stream has been detached')

    @property
    def closed(self):
        self._check_raw()
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        self._check_raw()
        return self.raw.fileno()

    def isatty(self):
        self._check_raw()
        return self.raw.isatty()

    def seekable(self):
        self._check_raw()
        return self.raw.seekable()

    def readable(self):
        self._check_raw()
        return self.raw.readable()

    def writable(self):
        self._check_raw()
        return self.raw.writable()

    def detach(self):
        self._check_raw()
        self.flush()
        raw = self.raw
        self._detached = True
        return raw

    def __repr__(self):
        name = '%s.%s' % (type(self).__module__, type(self).__qualname__)
        try:
            n = self.name
        except Exception:
            return '<%s>' % name
        return '<%s name=%r>' % (name, n)

    def close(self):
        self._check_raw()
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def flush(self):
        self._check_raw()
        if self.raw.closed:
            raise ValueError('flush of closed file')
        self._flush_writes()

    def _flush_writes(self):
        while self._write_buf:
            n = self.raw.write(bytes(self._write_buf))
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            del self._write_buf[:n]

    def _drop_read_ahead(self):
        unread = len(self._read_buf) - self._read_pos
        self._read_buf = b''
        self._read_pos = 0
        return unread

    def tell(self):
        self._check_raw()
        pos = self.raw.tell() - (len(self._read_buf) - self._read_pos) + len(self._write_buf)
        if pos < 0:
            raise OSError('Raw stream returned invalid position %d' % pos)
        return pos

    def seek(self, pos, whence=0):
        self._check_raw()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('whence value %d unsupported' % whence)
        self._checkClosed('seek of closed file')
        self._flush_writes()
        if whence == 1:
            pos -= len(self._read_buf) - self._read_pos
        self._drop_read_ahead()
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_raw()
        self._checkClosed('truncate of closed file')
        self.flush()
        if pos is None:
            pos = self.tell()
        self._drop_read_ahead()
        return self.raw.truncate(pos)

    # reading

    def _fill(self):
        chunk = self.raw.read(self.buffer_size)
        if chunk is None:
            return None
        self._read_buf = self._read_buf[self._read_pos:] + chunk
        self._read_pos = 0
        return len(chunk)

    def read(self, size=-1):
        self._check_raw()
        size = _size(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        self._checkClosed('read of closed file')
        self._checkReadable()
        self._flush_writes()
        if size < 0:
            data = self._read_buf[self._read_pos:]
            self._drop_read_ahead()
            rest = self.raw.readall()
            return data + (rest or b'')
        while len(self._read_buf) - self._read_pos < size:
            n = self._fill()
            if not n:
                break
        data = self._read_buf[self._read_pos:self._read_pos + size]
        self._read_pos += len(data)
        return data

    def read1(self, size=-1):
        self._check_raw()
        size = _size(size)
        self._checkClosed('read of closed file')
        self._checkReadable()
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b''
        if self._read_pos >= len(self._read_buf):
            self._fill()
        data = self._read_buf[self._read_pos:self._read_pos + size]
        self._read_pos += len(data)
        return data

    def peek(self, size=0):
        self._check_raw()
        self._checkClosed('peek of closed file')
        self._checkReadable()
        if self._read_pos >= len(self._read_buf):
            self._fill()
        return self._read_buf[self._read_pos:]

    def readline(self, size=-1):
        self._check_raw()
        size = _size(size)
        self._checkClosed('readline of closed file')
        self._checkReadable()
        out = bytearray()
        while True:
            buf = self._read_buf
            i = buf.find(b'\n', self._read_pos)
            if i >= 0:
                end = i + 1
            else:
                end = len(buf)
            if size >= 0:
                end = min(end, self._read_pos + size - len(out))
            out += buf[self._read_pos:end]
            self._read_pos = end
            if (i >= 0 and end == i + 1) or (size >= 0 and len(out) >= size):
                break
            n = self._fill()
            if not n:
                break
        return bytes(out)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # writing

    def write(self, b):
        self._check_raw()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._checkClosed('write to closed file')
        self._checkWritable()
        if self._read_buf:
            self.raw.seek(-(len(self._read_buf) - self._read_pos), 1)
            self._drop_read_ahead()
        with memoryview(b) as view:
            data = view.cast('B').tobytes()
        self._write_buf += data
        if len(self._write_buf) >= self.buffer_size:
            self._flush_writes()
        return len(data)


class BufferedReader(_BufferedBase):
    """Create a new buffered reader using the given readable raw IO object."""

    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        self._init_raw(raw, buffer_size)

    def writable(self):
        self._check_raw()
        return False

    def write(self, b):
        self._check_raw()
        self._checkClosed('write to closed file')
        _unsupported('write')


class BufferedWriter(_BufferedBase):
    """A buffer for a writeable sequential RawIO object."""

    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        self._init_raw(raw, buffer_size)

    def readable(self):
        self._check_raw()
        return False

    def read(self, size=-1):
        self._check_raw()
        _unsupported('read')


class BufferedRandom(_BufferedBase):
    """A buffered interface to random access streams."""

    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        self._init_raw(raw, buffer_size)


class BufferedRWPair(_BufferedIOBase):
    """A buffered reader object and buffered writer object put together to form a sequential IO object."""

    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


# --------------------------------------------------------------------------------------------------------------
# Text

class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode."""

    __module__ = '_io'

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = '\r' + output
            self.pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace('\r\n', '\n')
            if cr:
                output = output.replace('\r', '\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
                ('\r', '\n', '\r\n'))[self.seennl]


def text_encoding(encoding, stacklevel=2, /):
    if encoding is None:
        return 'utf-8' if _utf8_mode() else 'locale'
    return encoding


def _utf8_mode():
    import sys
    return getattr(getattr(sys, 'flags', None), 'utf8_mode', 0)


class TextIOWrapper(_TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""

    __module__ = '_io'
    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('TextIOWrapper() argument 4 must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        elif not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument 2 must be str or None, not %s' % type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError('TextIOWrapper() argument 3 must be str or None, not %s' % type(errors).__name__)
        codec_info = _codecs_mod.lookup(encoding)
        if not codec_info._is_text_encoding:
            raise LookupError('%r is not a text encoding; use codecs.open() to handle arbitrary codecs' % encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._set_newline(newline)
        self._codec_info = codec_info
        self._decoder = None
        self._encoder = None
        self._decoded_chars = ''
        self._decoded_pos = 0
        self._detached = False
        self._seekable = self._telling = buffer.seekable()
        self._has_read1 = hasattr(buffer, 'read1')
        self._b2cratio = 0.0

    def _set_newline(self, newline):
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'

    def _check_attached(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')

    def __repr__(self):
        result = '<%s.%s' % (type(self).__module__, type(self).__qualname__)
        try:
            name = self.name
        except AttributeError:
            pass
        else:
            result += ' name=%r' % (name,)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            result += ' mode=%r' % (mode,)
        return result + ' encoding=%r>' % (self.encoding,)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def name(self):
        self._check_attached()
        return self._buffer.name

    @property
    def closed(self):
        self._check_attached()
        return self._buffer.closed

    @property
    def newlines(self):
        return self._decoder.newlines if self._decoder is not None and hasattr(self._decoder, 'newlines') else None

    def seekable(self):
        self._check_attached()
        self._checkClosed()
        return self._seekable

    def readable(self):
        self._check_attached()
        return self._buffer.readable()

    def writable(self):
        self._check_attached()
        return self._buffer.writable()

    def flush(self):
        self._check_attached()
        self._checkClosed()
        self._buffer.flush()
        self._telling = self._seekable

    def close(self):
        self._check_attached()
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def fileno(self):
        self._check_attached()
        return self._buffer.fileno()

    def isatty(self):
        self._check_attached()
        return self._buffer.isatty()

    def detach(self):
        self._check_attached()
        self.flush()
        buffer = self._buffer
        self._detached = True
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None, write_through=None):
        if self._decoder is not None and (encoding is not None or errors is not None or newline is not Ellipsis):
            raise UnsupportedOperation('It is not possible to set the encoding or newline of stream after the '
                                       'first read')
        if encoding is not None:
            self._encoding = encoding
            self._encoder = None
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
            self._encoder = None
        if newline is not Ellipsis:
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        self.flush()

    def _get_encoder(self):
        if self._encoder is None:
            self._encoder = _codecs_mod.getincrementalencoder(self._encoding)(self._errors)
        return self._encoder

    def _get_decoder(self):
        if self._decoder is None:
            decoder = _codecs_mod.getincrementaldecoder(self._encoding)(self._errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
            self._decoder = decoder
        return self._decoder

    def write(self, s):
        self._check_attached()
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self._buffer.writable():
            raise UnsupportedOperation('not writable')
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and '\n' in s
        if haslf and self._writetranslate and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        b = self._get_encoder().encode(s)
        if self._decoded_chars:
            self._rewind_read_ahead()
        self._buffer.write(b)
        if self._line_buffering and (haslf or '\r' in s):
            self.flush()
        elif self._write_through:
            self._buffer.flush()
        return length

    def _rewind_read_ahead(self):
        unread = self._decoded_chars[self._decoded_pos:]
        self._decoded_chars = ''
        self._decoded_pos = 0
        if unread and self._seekable:
            n = len(unread.encode(self._encoding, self._errors))
            self._buffer.seek(-n, 1)

    def _read_chunk(self):
        decoder = self._get_decoder()
        if self._has_read1:
            chunk = self._buffer.read1(self._CHUNK_SIZE)
        else:
            chunk = self._buffer.read(self._CHUNK_SIZE)
        eof = not chunk
        text = decoder.decode(chunk, eof)
        self._decoded_chars = self._decoded_chars[self._decoded_pos:] + text
        self._decoded_pos = 0
        return not eof

    def read(self, size=None):
        self._check_attached()
        self._checkClosed()
        size = _size(size)
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        decoder = self._get_decoder()
        if size < 0:
            data = self._buffer.read()
            text = self._decoded_chars[self._decoded_pos:] + decoder.decode(data, final=True)
            self._decoded_chars = ''
            self._decoded_pos = 0
            return text
        while len(self._decoded_chars) - self._decoded_pos < size:
            if not self._read_chunk():
                break
        text = self._decoded_chars[self._decoded_pos:self._decoded_pos + size]
        self._decoded_pos += len(text)
        return text

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = self._seekable
            raise StopIteration
        return line

    def _find_line_end(self, line, start):
        if self._readtranslate:
            i = line.find('\n', start)
            return (i + 1, True) if i >= 0 else (len(line), False)
        if self._readuniversal:
            i = start
            while True:
                nl = line.find('\n', i)
                cr = line.find('\r', i)
                if cr < 0 and nl < 0:
                    return len(line), False
                if cr < 0 or (nl >= 0 and nl < cr):
                    return nl + 1, True
                if cr + 1 < len(line):
                    return (cr + 2 if line[cr + 1] == '\n' else cr + 1), True
                return len(line), None
        i = line.find(self._readnl, start)
        return (i + len(self._readnl), True) if i >= 0 else (len(line), False)

    def readline(self, size=None):
        self._check_attached()
        self._checkClosed()
        size = _size(size)
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        self._get_decoder()
        line = self._decoded_chars[self._decoded_pos:]
        self._decoded_chars = ''
        self._decoded_pos = 0
        start = 0
        while True:
            end, found = self._find_line_end(line, start)
            if found:
                break
            if size >= 0 and len(line) >= size:
                break
            before = len(line)
            more = self._read_chunk()
            line += self._decoded_chars
            self._decoded_chars = ''
            self._decoded_pos = 0
            if not more:
                end, found = self._find_line_end(line, 0)
                if not found:
                    end = len(line)
                break
            start = max(0, before - 1)
        if size >= 0 and end > size:
            end = size
        self._decoded_chars = line[end:]
        self._decoded_pos = 0
        return line[:end]

    def tell(self):
        self._check_attached()
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self.flush()
        position = self._buffer.tell()
        unread = self._decoded_chars[self._decoded_pos:]
        if self._decoder is not None:
            pending = self._decoder.getstate()[0] if hasattr(self._decoder, 'getstate') else b''
            position -= len(pending)
        if unread:
            position -= len(unread.encode(self._encoding, self._errors))
        return position

    def seek(self, cookie, whence=0):
        self._check_attached()
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            whence = 0
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self._buffer.seek(0, 2)
            self._decoded_chars = ''
            self._decoded_pos = 0
            if self._decoder is not None:
                self._decoder.reset()
            return position
        if whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._buffer.seek(cookie)
        self._decoded_chars = ''
        self._decoded_pos = 0
        if self._decoder is not None:
            self._decoder.reset()
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)


# --------------------------------------------------------------------------------------------------------------
# open

def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open file and return a stream.  Raise OSError upon failure."""
    if not isinstance(file, int):
        file = _posix.fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError('invalid file: %r' % (file,))
    if not isinstance(mode, str):
        raise TypeError('open() argument 2 must be str, not %s' % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError('open() argument 4 must be str or None, not %s' % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError('open() argument 5 must be str or None, not %s' % type(errors).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will "
                      "be used", RuntimeWarning, 2)
    raw = FileIO(file, (creating and 'x' or '') + (reading and 'r' or '') + (writing and 'w' or '') +
                 (appending and 'a' or '') + (updating and '+' or ''), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(path, str):
        raise TypeError('open_code() argument must be str, not %s' % type(path).__name__)
    return open(path, 'rb')


def _jpy_std_stream(fd, name, mode, encoding='utf-8', errors=None, line_buffering=False, write_through=False):
    """The object for sys.stdin/stdout/stderr over descriptor fd (0, 1, 2: the embedder's streams)."""
    raw = FileIO(fd, 'rb' if 'r' in mode else 'wb', closefd=False)
    if 'r' in mode:
        buffer = BufferedReader(raw)
    else:
        buffer = BufferedWriter(raw)
    stream = TextIOWrapper(buffer, encoding, errors or ('backslashreplace' if fd == 2 else 'strict'), None,
                           line_buffering, write_through)
    stream.mode = mode
    raw.name = name
    return stream
