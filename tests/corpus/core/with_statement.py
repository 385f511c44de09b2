class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, str(exc) if exc else "")
        return self.suppress

with Res("a") as a, Res("b", suppress=True) as b:
    print("inside", a.name, b.name)
    raise KeyError("boom")
print("continued")

def early():
    with Res("ret"):
        return "value"
print(early())

def loop():
    for i in range(3):
        with Res("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
print(loop())

class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("not reached")
except RuntimeError as e:
    print("caught", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise TypeError("body")
except ValueError as e:
    print("exit error", e, type(e.__context__).__name__)

with Res("outer"):
    try:
        with Res("inner"):
            1 / 0
    except ZeroDivisionError:
        print("handled zde")
with Res("final"):
    raise IndexError("unhandled")
