class Pair:
    def __enter__(self):
        print("  enter Pair")
        return (1, [2, 3])
    def __exit__(self, *a):
        print("  exit Pair")

with Pair() as (a, (b, c)):
    print(a, b, c)

holder = {}
class Obj:
    pass
o = Obj()
with Pair() as holder["pair"], Pair() as o.attr:
    print(holder, o.attr)

class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print(f"  enter depth={self.depth}")
        return self
    def __exit__(self, *a):
        print(f"  exit depth={self.depth}")
        self.depth -= 1

r = Reusable()
with r:
    with r:
        with r as same:
            print("same object:", same is r)
print("final depth", r.depth)

class OneShot:
    def __init__(self):
        self.used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError("OneShot cannot be re-entered")
        self.used = True
        return self
    def __exit__(self, *a):
        return None
one = OneShot()
with one:
    print("first use ok")
try:
    with one:
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e)

class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc_value, tb):
        print("  exit args:", exc_type, repr(exc_value), type(tb).__name__)
        return True
with ExitArgs():
    pass
with ExitArgs():
    raise ValueError("seen by exit")
with ExitArgs():
    raise SystemExit(5)
print("SystemExit can be suppressed too")
