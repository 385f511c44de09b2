class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("  set", repr(key), "=", value)
    def __delitem__(self, key):
        print("  del", repr(key))

r = Recorder()
print(r[1], r[1:2], r[::3], r[:], r[1:2:3])
print(r[1, 2], r[1:2, ::3], r[...], r[..., 1], r[()], r[:, None])
print(r['a':'b'], r[None:None:None])
r[1:3] = "x"
r[::2, 5] = "y"
del r[:]
del r[0, ...]
s = r[1:5:2]
print(type(s).__name__, s.start, s.stop, s.step)
print(slice(1, 10, 3).indices(5), slice(None).indices(3), slice(-2, None).indices(10))
print(slice(5, 1, -1).indices(10), slice(None, None, -1).indices(4))
print(repr(slice(1, 2)), slice(3) == slice(None, 3), slice(1, 2) == slice(1, 2, None))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
    print("slices hashable in 3.12")
except TypeError as e:
    print(type(e).__name__, e)

data = list(range(10))
print(data[2:8:2], data[::-1], data[-3:], data[:-7:-2], data[8:2:-3], data[100:], data[-100:2])
text = "abcdefgh"
print(text[::2], text[1::3], text[::-2], text[5:1], text[slice(2, None)])
print((1, 2, 3, 4)[1:3], range(10)[2:8:3], b"bytes"[1:4])
class Ellip:
    def __getitem__(self, k):
        return "ellipsis!" if k is Ellipsis else k
print(Ellip()[...], Ellipsis is ..., repr(...))
