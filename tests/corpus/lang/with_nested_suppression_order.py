class Layer:
    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, t, v, tb):
        handled = t is not None and issubclass(t, self.suppress)
        print(f"exit {self.name}: {t.__name__ if t else None} -> {'suppressed' if handled else 'passed on'}")
        return handled

def scenario(exc):
    with Layer("outer", (KeyError,)):
        with Layer("middle", (ValueError,)):
            with Layer("inner"):
                if exc:
                    raise exc
        print("after middle block")
    print("after outer block")

for exc in (None, ValueError("v"), KeyError("k")):
    print("---", repr(exc))
    scenario(exc)
print("--- TypeError")
try:
    scenario(TypeError("t"))
except TypeError as e:
    print("escaped:", e)

class Replace:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is ZeroDivisionError:
            raise ArithmeticError("replaced in exit") from v
print("--- replacement")
try:
    with Layer("outside", (ArithmeticError,)):
        with Replace():
            1 / 0
except Exception as e:
    print("never")
print("done")
