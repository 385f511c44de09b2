class Triple:
    def __iter__(self):
        print("  __iter__ called")
        yield "a"
        yield "b"
        yield "c"

x, y, z = Triple()
print(x, y, z)
first, *rest = Triple()
print(first, rest)
print([*Triple()], (*Triple(), "d"), {*Triple()} == {"a", "b", "c"})

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

a, b = Countdown(2)
print(a, b)
try:
    a, b = Countdown(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = Countdown(1)
except ValueError as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 100
        raise IndexError
p, q, r = Seq()
print(p, q, r)

class Endless:
    def __iter__(self):
        n = 0
        while True:
            print(f"  produced {n}")
            yield n
            n += 1
try:
    one, two = Endless()
except ValueError as e:
    print(type(e).__name__, e)
head, *_ = range(3)
print(head)
class KV:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print({**KV()}, dict(KV()))
for i, (ch, n) in enumerate(zip("xy", Countdown(2))):
    print(i, ch, n)
