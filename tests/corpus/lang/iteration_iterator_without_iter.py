class BareIterator:
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Container:
    def __iter__(self):
        return BareIterator(3)

print([x for x in Container()])
print(list(Container()), sum(Container()))
it = iter(Container())
print(type(it).__name__, next(it))
try:
    iter(it)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for v in BareIterator(2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class IterRaises:
    def __iter__(self):
        raise RuntimeError("cannot iterate right now")
try:
    for v in IterRaises():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

class NextRaises:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise KeyError("broken at 3")
        return self.i
collected = []
try:
    for v in NextRaises():
        collected.append(v)
except KeyError as e:
    print("collected before error:", collected, repr(e))

class IterReturnsIterable:
    def __iter__(self):
        return [1, 2, 3]
try:
    list(IterReturnsIterable())
except TypeError as e:
    print(type(e).__name__, e)
class GetitemTypeError:
    def __getitem__(self, i):
        raise TypeError("getitem failure is not IndexError")
try:
    list(GetitemTypeError())
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip(Container(), "abc")))
