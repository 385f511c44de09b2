class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}")
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("outer") as o, CM("inner") as i:
    print("both", o, i)

with CM("s1", suppress=True):
    raise ValueError("swallowed")
print("after suppress")

try:
    with CM("p1"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

try:
    with CM("x", suppress=True), CM("y"):
        1 / 0
except ZeroDivisionError:
    print("not reached")
print("suppressed by outer")

with (CM("paren1") as p1,
      CM("paren2") as p2):
    print(p1, p2)

def early():
    with CM("ret"):
        return "returned value"
print(early())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
target = {}
with CM("subscript") as target['k']:
    pass
print(target)
