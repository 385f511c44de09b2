s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(5), slice(1, 2))
for sl, n in [(slice(None), 5), (slice(2, None), 5), (slice(-2, None), 5), (slice(None, None, -1), 5),
              (slice(10, 20), 5), (slice(-10, 3), 5), (slice(None, -1, 2), 7), (slice(4, 0, -2), 7), (slice(0, 0), 0)]:
    print(sl, n, sl.indices(n), list(range(*sl.indices(n))), list(range(n))[sl])
try:
    slice(None, None, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a", "b").indices(3)
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) == slice(None, 1))
print("abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(None, None, -2)], (0, 1, 2)[slice(-1, None)])
print(slice("a", [1], {}).start, slice(1.5, 2.5).stop)
try:
    "abc"[slice(1.5, 2)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
s2 = slice(10 ** 20, -10 ** 20, -10 ** 19)
print(s2.indices(100), list(range(100))[s2])
class Idx:
    def __index__(self):
        return 2
print(slice(Idx(), None).indices(5), [0, 1, 2, 3][Idx():], "hello"[:Idx()])
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
