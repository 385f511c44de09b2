# Run by the reference CPython with JPY_MODULE naming jpy's posix.py: its primitives (_jpy_posix) are served here by
# CPython's own os functions, returning -errno like jpy's Java ones; the Python layer's results and errors are compared
# with CPython's posix module.
import importlib.util, os, sys, types, tempfile, posix as real, errno
def prim(f):
    def g(*a):
        try:
            return f(*a)
        except OSError as e:
            return -e.errno
    return g
def _stat(p, follow):
    st = os.stat(p, follow_symlinks=follow)
    return (st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, st.st_size, st.st_atime_ns, st.st_mtime_ns, st.st_ctime_ns)
def _fstat(fd):
    st = os.fstat(fd)
    return (st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, st.st_size, st.st_atime_ns, st.st_mtime_ns, st.st_ctime_ns)
def _unlink(p, directory):
    (os.rmdir if directory else os.unlink)(p)
    return 0
shim = types.ModuleType('_jpy_posix')
shim.stat = prim(_stat); shim.fstat = prim(_fstat); shim.listdir = prim(os.listdir)
shim.open = prim(os.open); shim.read = prim(os.read); shim.write = prim(os.write)
shim.close = prim(lambda fd: os.close(fd) or 0); shim.dup = prim(os.dup); shim.lseek = prim(os.lseek)
shim.ftruncate = prim(lambda fd, n: os.ftruncate(fd, n) or 0); shim.isatty = os.isatty; shim.getcwd = os.getcwd
shim.chdir = prim(lambda p: os.chdir(p) or 0); shim.mkdir = prim(lambda p, m: os.mkdir(p, m) or 0); shim.unlink = prim(_unlink)
shim.rename = prim(lambda a, b: os.rename(a, b) or 0); shim.readlink = prim(os.readlink)
shim.symlink = prim(lambda a, b: os.symlink(a, b) or 0); shim.access = os.access
shim.chmod = prim(lambda p, m: os.chmod(p, m) or 0); shim.utime = prim(lambda p, a, m: os.utime(p, ns=(a, m)) or 0)
shim.environ = lambda: {k: v for k, v in os.environ.items()}; shim.getpid = os.getpid; shim.getppid = os.getppid
shim.ids = lambda: (os.getuid(), os.getgid()); shim.urandom = os.urandom
shim.uname = lambda: tuple(os.uname()); shim.cpu_count = os.cpu_count; shim._exit = os._exit
sys.modules['_jpy_posix'] = shim
spec = importlib.util.spec_from_file_location('jpy_posix', os.environ['JPY_MODULE'])
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

tmp = tempfile.mkdtemp()
f1 = os.path.join(tmp, 'f1.txt')
with open(f1, 'wb') as f:
    f.write(b'hello world\n')
os.mkdir(os.path.join(tmp, 'sub'))
os.symlink(f1, os.path.join(tmp, 'link'))

def outcome(thunk):
    try:
        v = thunk()
        return 'ok ' + repr(v).replace(tmp, '<tmp>')
    except Exception as e:
        return ('exc %s: %s %r' % (type(e).__name__, e, getattr(e, 'errno', None))).replace(tmp, '<tmp>')

def stat_view(st):
    return (tuple(st), st.st_size, st.st_mode, st.st_mtime_ns, st.st_mtime, type(st).__name__, repr(st)[:16],
            st.st_ino, st.st_nlink)

cases = [
    ('stat', lambda M: stat_view(M.stat(f1))),
    ('stat bytes', lambda M: stat_view(M.stat(f1.encode()))),
    ('lstat link', lambda M: stat_view(M.lstat(os.path.join(tmp, 'link')))[2]),
    ('stat missing', lambda M: M.stat(os.path.join(tmp, 'nope'))),
    ('stat missing bytes', lambda M: M.stat(os.path.join(tmp, 'nope').encode())),
    ('stat bad type', lambda M: M.stat(1.5)),
    ('stat none', lambda M: M.stat(None)),
    ('stat nul', lambda M: M.stat('a\0b')),
    ('listdir', lambda M: sorted(M.listdir(tmp))),
    ('listdir bytes', lambda M: sorted(M.listdir(tmp.encode()))),
    ('listdir missing', lambda M: M.listdir(os.path.join(tmp, 'nope'))),
    ('listdir file', lambda M: M.listdir(f1)),
    ('scandir', lambda M: sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path) for e in M.scandir(tmp))),
    ('open read', lambda M: (lambda fd: (M.read(fd, 5), M.read(fd, 100), M.read(fd, 10), M.close(fd)))(M.open(f1, M.O_RDONLY))),
    ('open missing', lambda M: M.open(os.path.join(tmp, 'nope'), M.O_RDONLY)),
    ('open excl', lambda M: M.open(f1, M.O_WRONLY | M.O_CREAT | M.O_EXCL)),
    ('write/lseek', lambda M: (lambda fd: (M.write(fd, b'abcdef'), M.lseek(fd, 2, 0), M.read(fd, 10), M.lseek(fd, 0, 2),
                                           M.ftruncate(fd, 3), M.fstat(fd).st_size, M.close(fd)))(
        M.open(os.path.join(tmp, 'w%s.bin' % M.__name__), M.O_RDWR | M.O_CREAT | M.O_TRUNC, 0o644))),
    ('close bad', lambda M: M.close(9999)),
    ('read bad', lambda M: M.read(9999, 1)),
    ('mkdir exists', lambda M: M.mkdir(os.path.join(tmp, 'sub'))),
    ('rmdir file', lambda M: M.rmdir(f1)),
    ('unlink dir', lambda M: M.unlink(os.path.join(tmp, 'sub'))),
    ('rename missing', lambda M: M.rename(os.path.join(tmp, 'nope'), os.path.join(tmp, 'nope2'))),
    ('readlink', lambda M: M.readlink(os.path.join(tmp, 'link'))),
    ('readlink bytes', lambda M: M.readlink(os.path.join(tmp, 'link').encode())),
    ('readlink file', lambda M: M.readlink(f1)),
    ('access', lambda M: (M.access(f1, M.R_OK), M.access(os.path.join(tmp, 'nope'), M.F_OK))),
    ('strerror', lambda M: [M.strerror(i) for i in (0, 1, 2, 13, 22, 133, 134, 999)]),
    ('fspath', lambda M: (M.fspath('a'), M.fspath(b'b'), M.fspath(__import__('pathlib').PurePath('c')))),
    ('fspath bad', lambda M: M.fspath(1)),
    ('getcwd', lambda M: M.getcwd() == os.getcwd()),
    ('chdir missing', lambda M: M.chdir(os.path.join(tmp, 'nope'))),
    ('stat_result ctor', lambda M: repr(M.stat_result(range(10)))),
    ('stat_result short', lambda M: M.stat_result(range(3))),
    ('stat_result attr', lambda M: M.stat_result(range(10)).st_size),
    ('uname', lambda M: (type(M.uname()).__name__, len(M.uname()), M.uname().sysname)),
    ('environ', lambda M: (type(M.environ).__name__, M.environ.get(b'PATH') is not None)),
    ('urandom', lambda M: len(M.urandom(7))),
    ('error', lambda M: M.error is OSError),
    ('O_ flags', lambda M: (M.O_RDONLY, M.O_WRONLY, M.O_RDWR, M.O_CREAT, M.O_EXCL, M.O_TRUNC, M.O_APPEND, M.O_CLOEXEC, M.O_DIRECTORY)),
]
mismatches = 0
for title, case in cases:
    want = outcome(lambda: case(real))
    got = outcome(lambda: case(mine))
    if want != got:
        mismatches += 1
        print('MISMATCH', title, '\n   want', want, '\n   got ', got)
print('checked', len(cases), 'mismatches', mismatches)
