class Ring:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            print(f"  slice -> indices({start}, {stop}, {step})")
            return Ring(self.items[i] for i in range(start, stop, step))
        if not isinstance(index, int):
            raise TypeError(f"Ring indices must be integers or slices, not {type(index).__name__}")
        return self.items[index % len(self.items)]
    def __setitem__(self, index, value):
        if isinstance(index, slice):
            self.items[index] = value
        else:
            self.items[index % len(self.items)] = value
    def __iter__(self):
        return iter(self.items)
    def __repr__(self):
        return f"Ring({self.items})"

r = Ring("abcde")
print(r[0], r[4], r[5], r[-1], r[-6], r[12])
print(r[1:3], r[::-1], r[::2], r[-2:], r[10:20])
r[7] = "X"
r[0:1] = ["Y", "Z"]
print(r, len(r))
try:
    r["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(list(r)[:3], "Z" in r, r.items.index("X"))
print(list(reversed(r)))
a, b, *rest = r
print(a, b, rest)
class Unbounded:
    def __getitem__(self, i):
        return i * i
it = iter(Unbounded())
print(next(it), next(it), next(it), type(it).__name__)
