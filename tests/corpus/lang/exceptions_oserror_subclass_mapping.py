import errno
codes = ["EPERM", "ENOENT", "EINTR", "EAGAIN", "EACCES", "EEXIST", "ENOTDIR", "EISDIR",
         "EPIPE", "ECHILD", "ESRCH", "ECONNREFUSED", "ECONNRESET", "ECONNABORTED", "ETIMEDOUT", "EINVAL"]
for name in codes:
    num = getattr(errno, name)
    e = OSError(num, f"message for {name}")
    print(f"{name:13} -> {type(e).__name__:24} errno={e.errno == num} strerror={e.strerror!r}")

e = OSError(errno.ENOENT, "No such file or directory", "missing.txt")
print(str(e), e.filename, e.filename2, e.args)
e2 = OSError(errno.EXDEV, "Cross-device link", "a", None, "b")
print(str(e2), e2.filename, e2.filename2)
print(str(OSError("just a message")), OSError("x").errno, OSError(1, 2, 3, 4, 5, 6).args)
print(str(OSError(5, "five")), repr(OSError(5, "five")))
print(type(FileNotFoundError(errno.EACCES, "x")).__name__)
print(FileNotFoundError("m").errno, FileNotFoundError(2, "m").errno)
print(str(FileExistsError(17, "File exists", "f.txt")))
try:
    raise PermissionError(errno.EACCES, "Permission denied", "/root/secret")
except OSError as caught:
    print(type(caught).__name__, caught, caught.errno == errno.EACCES)
print(issubclass(BlockingIOError, OSError), issubclass(ConnectionRefusedError, ConnectionError))
print(IOError is OSError, EnvironmentError is OSError)
be = BlockingIOError(errno.EAGAIN, "would block", 7)
print(be.characters_written, str(be))
