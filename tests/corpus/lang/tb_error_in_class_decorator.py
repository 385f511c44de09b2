def require_methods(*names):
    def check(cls):
        missing = [n for n in names if not callable(getattr(cls, n, None))]
        print(f"checking {cls.__name__}: missing={missing}")
        if missing:
            raise TypeError(f"{cls.__name__} lacks {', '.join(missing)}")
        return cls
    return check

@require_methods("read", "close")
class File:
    def read(self):
        return "data"
    def close(self):
        return "closed"

print(File().read(), File().close())

@require_methods("send")
class Socket:
    def send(self, b):
        return len(b)
print(Socket().send(b"abc"))

@require_methods("read", "write", "close")
class ReadOnly:
    def read(self):
        return "r"
    close = "not callable"
