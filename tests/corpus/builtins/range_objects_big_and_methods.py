r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], list(r[::-2]))
print(7 in r, 8 in r, 7.0 in r, "7" in r, r.index(11), r.count(11), r.count(12))
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
big = range(0, 10 ** 18, 3)
print(len(big), big[10 ** 16], 10 ** 17 + 1 in big, (10 ** 17) in big, big.index(3 * 10 ** 16), big[-1])
huge = range(10 ** 30)
try:
    len(huge)
except OverflowError as e:
    print(type(e).__name__, e)
print(huge[-1], huge[10 ** 29], 10 ** 29 in huge)
print(range(0), list(range(0)), range(5, 0), list(range(5, 0, -1)), list(range(-3)), list(range(-3, 3, 2)))
print(range(10) == range(0, 10, 1), range(0) == range(2, 2), range(1, 10, 3) == range(1, 11, 3), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3)), r.start, r.stop, r.step, range(5).step)
for args in [(1, 2, 0), (1.5,), ("1",), (1, 2, 3, 4), ()]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(f"range{args} {type(e).__name__}: {e}")
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
print(range(True, 5), list(range(2 ** 64, 2 ** 64 + 3)), range(-5, -1)[::-1])
print(bool(range(0)), bool(range(1)), repr(range(1, 2, 1)), str(range(0, -5, -1)))
