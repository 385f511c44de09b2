class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        print("  __iter__")
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for v in Countdown(2):
    print("got", v)
a, b, c = Countdown(3)
print(a, b, c)
print(sum(Countdown(4)), max(Countdown(5)), 3 in Countdown(5), 9 in Countdown(5))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)

class Seq:
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(Seq()))
print(2 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it))

class NotIter:
    pass
for fn in (iter, list):
    try:
        fn(NotIter())
    except TypeError as e:
        print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

class Contains:
    def __contains__(self, x):
        print(f"  __contains__({x})")
        return x == 'yes'
print('yes' in Contains(), 'no' in Contains(), 'no' not in Contains())
