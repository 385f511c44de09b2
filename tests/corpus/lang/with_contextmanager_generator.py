from contextlib import contextmanager, suppress

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  {name} handled ValueError: {e}")
    finally:
        print(f"</{name}>")

with tag("html") as h:
    with tag("body") as b:
        print("  content", h, b)

with tag("div"):
    raise ValueError("inside div")
print("continued after handled error")

try:
    with tag("span"):
        raise KeyError("not handled")
except KeyError as e:
    print("propagated", repr(e))

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("suppressed")

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

class Manual:
    def __init__(self):
        self.gen = None
    def __enter__(self):
        self.gen = iter(["resource"])
        return next(self.gen)
    def __exit__(self, *exc):
        print("manual exit, exc type:", exc[0])
with Manual() as (first, *rest):
    print(first, rest)
