"""This module provides access to operating system functionality that is
standardized by the C Standard and the POSIX standard (a thinly
disguised Unix interface).  Refer to the library manual and
corresponding Unix manual entries for more information on calls.

jpy: the Python-level layer (argument conversion, results, errors) over the Java primitives of _jpy_posix, which
report failures as -errno so that the OSError raised here carries CPython's errno, strerror and filename.
"""

import _jpy_posix as _p

error = OSError

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = 0o4000
O_DSYNC = 0o10000
O_ASYNC = 0o20000
O_DIRECT = 0o40000
O_LARGEFILE = 0
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_NOATIME = 0o1000000
O_CLOEXEC = 0o2000000
O_SYNC = 0o4010000
O_RSYNC = 0o4010000
O_FSYNC = 0o4010000
O_PATH = 0o10000000
O_TMPFILE = 0o20200000
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
SEEK_DATA = 3
SEEK_HOLE = 4
EX_OK = 0
WNOHANG = 1
WUNTRACED = 2
TMP_MAX = 238328
NGROUPS_MAX = 65536

_have_functions = []

_MESSAGES = {
    0: 'Success',
    1: 'Operation not permitted',
    2: 'No such file or directory',
    3: 'No such process',
    4: 'Interrupted system call',
    5: 'Input/output error',
    6: 'No such device or address',
    7: 'Argument list too long',
    8: 'Exec format error',
    9: 'Bad file descriptor',
    10: 'No child processes',
    11: 'Resource temporarily unavailable',
    12: 'Cannot allocate memory',
    13: 'Permission denied',
    14: 'Bad address',
    15: 'Block device required',
    16: 'Device or resource busy',
    17: 'File exists',
    18: 'Invalid cross-device link',
    19: 'No such device',
    20: 'Not a directory',
    21: 'Is a directory',
    22: 'Invalid argument',
    23: 'Too many open files in system',
    24: 'Too many open files',
    25: 'Inappropriate ioctl for device',
    26: 'Text file busy',
    27: 'File too large',
    28: 'No space left on device',
    29: 'Illegal seek',
    30: 'Read-only file system',
    31: 'Too many links',
    32: 'Broken pipe',
    33: 'Numerical argument out of domain',
    34: 'Numerical result out of range',
    35: 'Resource deadlock avoided',
    36: 'File name too long',
    37: 'No locks available',
    38: 'Function not implemented',
    39: 'Directory not empty',
    40: 'Too many levels of symbolic links',
    42: 'No message of desired type',
    43: 'Identifier removed',
    44: 'Channel number out of range',
    45: 'Level 2 not synchronized',
    46: 'Level 3 halted',
    47: 'Level 3 reset',
    48: 'Link number out of range',
    49: 'Protocol driver not attached',
    50: 'No CSI structure available',
    51: 'Level 2 halted',
    52: 'Invalid exchange',
    53: 'Invalid request descriptor',
    54: 'Exchange full',
    55: 'No anode',
    56: 'Invalid request code',
    57: 'Invalid slot',
    59: 'Bad font file format',
    60: 'Device not a stream',
    61: 'No data available',
    62: 'Timer expired',
    63: 'Out of streams resources',
    64: 'Machine is not on the network',
    65: 'Package not installed',
    66: 'Object is remote',
    67: 'Link has been severed',
    68: 'Advertise error',
    69: 'Srmount error',
    70: 'Communication error on send',
    71: 'Protocol error',
    72: 'Multihop attempted',
    73: 'RFS specific error',
    74: 'Bad message',
    75: 'Value too large for defined data type',
    76: 'Name not unique on network',
    77: 'File descriptor in bad state',
    78: 'Remote address changed',
    79: 'Can not access a needed shared library',
    80: 'Accessing a corrupted shared library',
    81: '.lib section in a.out corrupted',
    82: 'Attempting to link in too many shared libraries',
    83: 'Cannot exec a shared library directly',
    84: 'Invalid or incomplete multibyte or wide character',
    85: 'Interrupted system call should be restarted',
    86: 'Streams pipe error',
    87: 'Too many users',
    88: 'Socket operation on non-socket',
    89: 'Destination address required',
    90: 'Message too long',
    91: 'Protocol wrong type for socket',
    92: 'Protocol not available',
    93: 'Protocol not supported',
    94: 'Socket type not supported',
    95: 'Operation not supported',
    96: 'Protocol family not supported',
    97: 'Address family not supported by protocol',
    98: 'Address already in use',
    99: 'Cannot assign requested address',
    100: 'Network is down',
    101: 'Network is unreachable',
    102: 'Network dropped connection on reset',
    103: 'Software caused connection abort',
    104: 'Connection reset by peer',
    105: 'No buffer space available',
    106: 'Transport endpoint is already connected',
    107: 'Transport endpoint is not connected',
    108: 'Cannot send after transport endpoint shutdown',
    109: 'Too many references: cannot splice',
    110: 'Connection timed out',
    111: 'Connection refused',
    112: 'Host is down',
    113: 'No route to host',
    114: 'Operation already in progress',
    115: 'Operation now in progress',
    116: 'Stale file handle',
    117: 'Structure needs cleaning',
    118: 'Not a XENIX named type file',
    119: 'No XENIX semaphores available',
    120: 'Is a named type file',
    121: 'Remote I/O error',
    122: 'Disk quota exceeded',
    123: 'No medium found',
    124: 'Wrong medium type',
    125: 'Operation canceled',
    126: 'Required key not available',
    127: 'Key has expired',
    128: 'Key has been revoked',
    129: 'Key was rejected by service',
    130: 'Owner died',
    131: 'State not recoverable',
    132: 'Operation not possible due to RF-kill',
    133: 'Memory page has hardware error',
}


def strerror(code, /):
    """Translate an error code to a message string."""
    code = code.__index__() if type(code) is not int else code
    try:
        return _MESSAGES[code]
    except KeyError:
        return 'Unknown error %d' % code


def _raise(errno, filename=None, filename2=None):
    if filename2 is not None:
        raise OSError(errno, strerror(errno), filename, None, filename2)
    if filename is not None:
        raise OSError(errno, strerror(errno), filename)
    raise OSError(errno, strerror(errno))


def _check(result, filename=None, filename2=None):
    if type(result) is int and result < 0:
        _raise(-result, filename, filename2)
    return result


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(path_type.__name__,
                                                                                 type(path_repr).__name__))


def _path(path, function, allow_fd=False, argname='path'):
    """(path as str for the primitives, the object to report in errors, whether it was bytes)."""
    if allow_fd and isinstance(path, int):
        return path, path, False
    try:
        p = fspath(path)
    except TypeError:
        allowed = 'string, bytes, os.PathLike or integer' if allow_fd else 'string, bytes or os.PathLike'
        raise TypeError('%s: %s should be %s, not %s' % (function, argname, allowed, type(path).__name__)) from None
    if isinstance(p, bytes):
        s = p.decode('utf-8', 'surrogateescape')
        if '\0' in s:
            raise ValueError('embedded null byte')
        return s, path, True
    if '\0' in p:
        raise ValueError('embedded null byte')
    return p, path, False


def _fd(fd):
    if type(fd) is int:
        return fd
    if isinstance(fd, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return fd.__index__()


class _StructSeq(tuple):
    """The behaviour of CPython's structseq types: a tuple of the visible fields, named attributes for all fields."""

    n_sequence_fields = 0
    n_fields = 0
    n_unnamed_fields = 0
    _fields = ()
    _visible = ()

    def __new__(cls, sequence, dict=None):
        sequence = tuple(sequence)
        n = len(sequence)
        visible = cls.n_sequence_fields
        if n < visible:
            raise TypeError('%s.%s() takes an at least %d-sequence (%d-sequence given)'
                            % (cls.__module__, cls.__name__, visible, n))
        if n > cls.n_fields:
            raise TypeError('%s.%s() takes an at most %d-sequence (%d-sequence given)'
                            % (cls.__module__, cls.__name__, cls.n_fields, n))
        self = tuple.__new__(cls, sequence[:visible])
        extra = list(sequence[visible:])
        for name in cls._fields[visible + len(extra):]:
            extra.append(None if dict is None else dict.get(name))
        object.__setattr__(self, '_extra', tuple(extra))
        return self

    def __getattr__(self, name):
        fields = type(self)._fields
        try:
            i = fields.index(name)
        except ValueError:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name)) from None
        visible = type(self).n_sequence_fields
        if i < visible:
            return self[i]
        return object.__getattribute__(self, '_extra')[i - visible]

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        cls = type(self)
        items = ', '.join('%s=%r' % (name, self[i]) for i, name in enumerate(cls._fields[:cls.n_sequence_fields]))
        return '%s.%s(%s)' % (cls.__module__, cls.__name__, items)

    def __reduce__(self):
        cls = type(self)
        extra = object.__getattribute__(self, '_extra')
        return (cls, (tuple(self), dict(zip(cls._fields[cls.n_sequence_fields:], extra))))


def _structseq(name, module, fields, visible):
    return type(name, (_StructSeq,), {'__module__': module, '_fields': tuple(fields), 'n_sequence_fields': visible,
                                      'n_fields': len(fields), 'n_unnamed_fields': 0})


stat_result = _structseq('stat_result', 'os', (
    'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', '_st_atime_int', '_st_mtime_int',
    '_st_ctime_int', 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize',
    'st_blocks', 'st_rdev'), 10)
stat_result.__doc__ = """stat_result: Result from stat, fstat, or lstat."""


def _stat_repr(self):
    names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime',
             'st_ctime')
    return 'os.stat_result(%s)' % ', '.join('%s=%r' % (n, self[i]) for i, n in enumerate(names))


stat_result.__repr__ = _stat_repr

uname_result = _structseq('uname_result', 'posix', ('sysname', 'nodename', 'release', 'version', 'machine'), 5)
terminal_size = _structseq('terminal_size', 'os', ('columns', 'lines'), 2)
times_result = _structseq('times_result', 'posix', ('user', 'system', 'children_user', 'children_system',
                                                    'elapsed'), 5)


def _make_stat(t):
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns = t
    def seconds(ns):
        return ns // 1000000000 + (ns % 1000000000) * 1e-9
    return stat_result((mode, ino, dev, nlink, uid, gid, size, atime_ns // 1000000000, mtime_ns // 1000000000,
                        ctime_ns // 1000000000, seconds(atime_ns), seconds(mtime_ns), seconds(ctime_ns), atime_ns,
                        mtime_ns, ctime_ns, 4096, (size + 511) // 512, 0))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    if isinstance(path, int) and not isinstance(path, bool):
        return fstat(path)
    p, original, _ = _path(path, 'stat', allow_fd=True)
    return _make_stat(_check(_p.stat(p, bool(follow_symlinks)), original))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    p, original, _ = _path(path, 'lstat')
    return _make_stat(_check(_p.stat(p, False), original))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return _make_stat(_check(_p.fstat(_fd(fd))))


def listdir(path=None):
    """Return a list containing the names of the files in the directory."""
    if path is None:
        path = '.'
    p, original, isbytes = _path(path, 'listdir', allow_fd=True)
    names = _check(_p.listdir(p), original)
    if isbytes:
        return [n.encode('utf-8', 'surrogateescape') for n in names]
    return list(names)


class DirEntry:
    __module__ = 'posix'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def _str_path(self):
        return self.path.decode('utf-8', 'surrogateescape') if self._isbytes else self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        mode = self._mode(follow_symlinks)
        return mode is not None and (mode & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        mode = self._mode(follow_symlinks)
        return mode is not None and (mode & 0o170000) == 0o100000

    def is_symlink(self):
        mode = self._mode(False)
        return mode is not None and (mode & 0o170000) == 0o120000

    def is_junction(self):
        return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ScandirIterator:
    __module__ = 'posix'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        try:
            return next(self._entries)
        except StopIteration:
            self._entries = None
            raise

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        path = '.'
    p, original, isbytes = _path(path, 'scandir', allow_fd=True)
    names = _check(_p.listdir(p), original)
    if isbytes:
        directory = fspath(path)
    else:
        directory = fspath(path) if not isinstance(path, int) else p
    entries = []
    for n in names:
        entry = object.__new__(DirEntry)
        entry.name = n.encode('utf-8', 'surrogateescape') if isbytes else n
        if isbytes:
            entry.path = directory + (b'' if directory.endswith(b'/') else b'/') + entry.name
        else:
            entry.path = directory + ('' if directory.endswith('/') else '/') + entry.name
        entry._isbytes = isbytes
        entry._stat = None
        entry._lstat = None
        entries.append(entry)
    it = object.__new__(ScandirIterator)
    it._entries = iter(entries)
    return it


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file for low level IO.  Returns a file descriptor (integer)."""
    p, original, _ = _path(path, 'open')
    return _check(_p.open(p, _fd(flags), _fd(mode)), original)


def read(fd, length, /):
    """Read from a file descriptor.  Returns a bytes object."""
    length = _fd(length)
    if length < 0:
        _raise(22)
    return _check(_p.read(_fd(fd), length))


def write(fd, data, /):
    """Write a bytes object to a file descriptor."""
    if not isinstance(data, (bytes, bytearray)):
        data = bytes(memoryview(data))
    return _check(_p.write(_fd(fd), data))


def close(fd):
    """Close a file descriptor."""
    _check(_p.close(_fd(fd)))


def closerange(fd_low, fd_high, /):
    for fd in range(fd_low, fd_high):
        _p.close(fd)


def dup(fd, /):
    return _check(_p.dup(_fd(fd)))


def lseek(fd, position, whence, /):
    """Set the position of a file descriptor.  Return the new position."""
    return _check(_p.lseek(_fd(fd), _fd(position), _fd(whence)))


def ftruncate(fd, length, /):
    _check(_p.ftruncate(_fd(fd), _fd(length)))


def truncate(path, length):
    fd = open(path, O_WRONLY)
    try:
        ftruncate(fd, length)
    finally:
        close(fd)


def fsync(fd):
    if not isinstance(fd, int):
        fd = fd.fileno()
    fstat(fd)


def isatty(fd, /):
    """Return True if the fd is connected to a terminal."""
    return _p.isatty(_fd(fd))


def get_blocking(fd, /):
    fstat(fd)
    return True


def set_blocking(fd, blocking, /):
    fstat(fd)


def get_inheritable(fd, /):
    fstat(fd)
    return False


def set_inheritable(fd, inheritable, /):
    fstat(fd)


def device_encoding(fd):
    return None


def getcwd():
    """Return a unicode string representing the current working directory."""
    return _p.getcwd()


def getcwdb():
    """Return a bytes string representing the current working directory."""
    return _p.getcwd().encode('utf-8', 'surrogateescape')


def chdir(path):
    """Change the current working directory to the specified path."""
    p, original, _ = _path(path, 'chdir', allow_fd=True)
    _check(_p.chdir(p), original)


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory."""
    p, original, _ = _path(path, 'mkdir')
    _check(_p.mkdir(p, _fd(mode)), original)


def rmdir(path, *, dir_fd=None):
    """Remove a directory."""
    p, original, _ = _path(path, 'rmdir')
    _check(_p.unlink(p, True), original)


def unlink(path, *, dir_fd=None):
    """Remove a file (same as remove())."""
    p, original, _ = _path(path, 'unlink')
    _check(_p.unlink(p, False), original)


def remove(path, *, dir_fd=None):
    """Remove a file (same as unlink())."""
    p, original, _ = _path(path, 'remove')
    _check(_p.unlink(p, False), original)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory."""
    s, so, _ = _path(src, 'rename', argname='src')
    d, do, _ = _path(dst, 'rename', argname='dst')
    _check(_p.rename(s, d), so, do)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    """Rename a file or directory, overwriting the destination."""
    s, so, _ = _path(src, 'replace', argname='src')
    d, do, _ = _path(dst, 'replace', argname='dst')
    _check(_p.rename(s, d), so, do)


def readlink(path, *, dir_fd=None):
    """Return a string representing the path to which the symbolic link points."""
    p, original, isbytes = _path(path, 'readlink')
    target = _check(_p.readlink(p), original)
    return target.encode('utf-8', 'surrogateescape') if isbytes else target


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    """Create a symbolic link pointing to src named dst."""
    s, so, _ = _path(src, 'symlink', argname='src')
    d, do, _ = _path(dst, 'symlink', argname='dst')
    _check(_p.symlink(s, d), so, do)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Use the real uid/gid to test for access to a path."""
    p, original, _ = _path(path, 'access')
    return _p.access(p, _fd(mode))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the access permissions of a file."""
    p, original, _ = _path(path, 'chmod', allow_fd=True)
    _check(_p.chmod(p, _fd(mode)), original)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path."""
    p, original, _ = _path(path, 'utime', allow_fd=True)
    if times is not None and ns is not None:
        raise ValueError('utime: you may specify either times or ns but not both')
    if ns is not None:
        atime_ns, mtime_ns = ns
    elif times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: times must be either a tuple of two ints or None')
        atime_ns, mtime_ns = int(times[0] * 1e9), int(times[1] * 1e9)
    else:
        import time
        atime_ns = mtime_ns = time.time_ns()
    _check(_p.utime(p, atime_ns, mtime_ns), original)


def umask(mask, /):
    return 0o022


def getpid():
    """Return the current process id."""
    return _p.getpid()


def getppid():
    """Return the parent's process id."""
    return _p.getppid()


def getuid():
    return _p.ids()[0]


def geteuid():
    return _p.ids()[0]


def getgid():
    return _p.ids()[1]


def getegid():
    return _p.ids()[1]


def getgroups():
    return [_p.ids()[1]]


def getlogin():
    import os
    return os.environ.get('USER') or os.environ.get('LOGNAME') or 'root'


def urandom(size, /):
    """Return a bytes object containing random bytes suitable for cryptographic use."""
    size = _fd(size)
    if size < 0:
        raise ValueError('negative argument not allowed')
    return _p.urandom(size)


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_p.uname())


def cpu_count():
    """Return the number of logical CPUs in the system."""
    return _p.cpu_count()


def get_terminal_size(fd=1, /):
    import os
    try:
        return terminal_size((int(os.environ['COLUMNS']), int(os.environ['LINES'])))
    except (KeyError, ValueError):
        raise OSError(25, strerror(25)) from None


def times():
    import time
    t = time.process_time()
    return times_result((t, 0.0, 0.0, 0.0, time.monotonic()))


def _exit(status):
    """Exit to the system with specified status, without normal exit processing."""
    _p._exit(_fd(status))


def waitstatus_to_exitcode(status):
    if status & 0x7f == 0:
        return (status >> 8) & 0xff
    return -(status & 0x7f)


def WIFEXITED(status):
    return status & 0x7f == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0


def WTERMSIG(status):
    return status & 0x7f


def putenv(name, value, /):
    pass


def unsetenv(name, /):
    pass


def _environ():
    return {k.encode('utf-8', 'surrogateescape'): v.encode('utf-8', 'surrogateescape')
            for k, v in _p.environ().items()}


environ = _environ()
