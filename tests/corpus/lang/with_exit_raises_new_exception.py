class Strict:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError(f"{self.name}: translated {exc!r}") from exc
        if exc_type is ValueError:
            raise RuntimeError(f"{self.name}: cleanup failed")
        return False

def attempt(exc):
    try:
        with Strict("ctx"):
            if exc:
                raise exc
        return "clean exit"
    except Exception as e:
        ctx = e.__context__
        return (f"{type(e).__name__}: {e}", f"cause={e.__cause__!r}", f"context={ctx!r}", e.__suppress_context__)

for exc in (None, KeyError("k"), ValueError("v"), TypeError("t")):
    print(attempt(exc))

class Counting:
    entered = exited = 0
    def __enter__(self):
        Counting.entered += 1
    def __exit__(self, *a):
        Counting.exited += 1

def loop_with_exits():
    for i in range(5):
        with Counting():
            if i == 1:
                continue
            if i == 3:
                break
    try:
        with Counting():
            raise ZeroDivisionError
    except ZeroDivisionError:
        pass
    return Counting.entered, Counting.exited
print(loop_with_exits())

def generator_in_with():
    with Strict("gen"):
        yield 1
        yield 2
g = generator_in_with()
print(next(g))
try:
    g.throw(KeyError("thrown in"))
except LookupError as e:
    print(type(e).__name__, e)
