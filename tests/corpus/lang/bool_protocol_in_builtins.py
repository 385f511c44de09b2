class Flag:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        Flag.calls += 1
        return self.v
    def __repr__(self):
        return f"Flag({self.v})"

flags = [Flag(True), Flag(False), Flag(True)]
print(any(flags), Flag.calls)
Flag.calls = 0
print(all(flags), Flag.calls)
Flag.calls = 0
print(list(filter(None, flags)), Flag.calls)
print([f for f in flags if f])
print(sorted(flags, key=bool))
print(bool(Flag(False)), not Flag(True), Flag(True) and "and-result", Flag(False) or "or-result")
print(sum(map(bool, flags)), max(flags, key=bool), min(flags, key=bool))

count = 0
while Flag(count < 3):
    count += 1
print("while ran", count)

print("yes" if Flag(True) else "no", [1, 2][bool(Flag(True))])
assert Flag(True), "assert uses truth"
try:
    assert Flag(False), "falsy flag"
except AssertionError as e:
    print(type(e).__name__, e)

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(any([Sized(0), Sized(0)]), all([Sized(1), Sized(2)]), list(filter(None, [Sized(0), Sized(3)]))[0].n)
class Raises:
    def __bool__(self):
        raise RuntimeError("truth test failed")
try:
    any([Flag(False), Raises()])
except RuntimeError as e:
    print(type(e).__name__, e)
print(any([Flag(True), Raises()]))
