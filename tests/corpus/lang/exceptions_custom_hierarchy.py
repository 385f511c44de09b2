class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")

class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403
class Timeout(AppError, TimeoutError):
    code = 504

def fetch(path):
    if path.startswith("/secret"):
        raise Forbidden(f"no access to {path}", detail="admin only")
    if path == "/slow":
        raise Timeout("took too long")
    if path != "/":
        raise NotFound(path)
    return "index"

for path in ["/", "/missing", "/secret/x", "/slow"]:
    try:
        print(path, "->", fetch(path))
    except NotFound as e:
        print(path, "not found:", e, e.args, e.detail)
    except AppError as e:
        print(path, type(e).__name__, str(e), repr(e), e.code)

try:
    fetch("/slow")
except OSError as e:
    print("Timeout is also an OSError:", type(e).__name__, [c.__name__ for c in type(e).__mro__])

def first_match(exc):
    try:
        raise exc
    except (NotFound, Forbidden):
        return "client error"
    except Timeout:
        return "timeout"
    except AppError:
        return "generic app error"
print([first_match(e) for e in (NotFound("a"), Forbidden("b"), Timeout("c"), AppError("d"))])
errors = [NotFound("x"), ValueError("y"), Forbidden("z")]
print(sorted(type(e).__name__ for e in errors if isinstance(e, AppError)))
class Silent(AppError):
    def __str__(self):
        return ""
print(repr(str(Silent("hidden"))), repr(Silent("hidden")))
