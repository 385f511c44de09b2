def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
    def __len__(self):
        return 4
print(list(Count(3)), sum(Count(4)), sorted(Count(3), reverse=True), max(Count(5)), min(Count(2)))
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), list(enumerate(Seq(), 1)))
print(list(zip(Count(2), Seq())), list(map(lambda a, b: a * b, Count(3), Seq())))
print(list(filter(lambda v: v % 2, Count(6))), any(Count(0)), all(Count(3)))
print(tuple(Count(3)), set(Count(3)), dict.fromkeys(Count(2)), ''.join(map(str, Count(4))))
print(bytes(Count(3)), bytearray(Seq()))
it = iter(Count(2))
print(next(it), next(it), next(it, 'done'))
t(lambda: list(iter(Count(2).__next__, 2)))
t(lambda: [x for x in 5])
t(lambda: next(Count(0)))
