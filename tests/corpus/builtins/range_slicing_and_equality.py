r = range(0, 20, 3)
print(list(r), r[1:4], r[::2], r[::-1], r[-3:], r[5:1:-2], r[100:])
print(list(r[1:4]), list(r[::-1]), list(r[5:1:-2]), r[1:4][1], len(r[::2]))
print(range(10)[::3] == range(0, 10, 3), range(10)[-1:-5:-1], list(range(10)[-1:-5:-1]))
print(range(5) == range(0, 5), range(0, 5, 2) == range(0, 6, 2), range(0) == range(1, 1), range(1, 2) == range(1, 2, 5))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 2, 7)), range(3) != [0, 1, 2])
print(range(3) in [range(0, 3)], {range(2): "r"}[range(0, 2)], sorted([range(3)], key=len))
print(3 in range(10), 3.0 in range(10), 3.5 in range(10), True in range(2), "a" in range(3), None in range(1))
class Eq3:
    def __eq__(self, other):
        return other == 3
print(Eq3() in range(5), Eq3() in range(4, 9))
print(range(-5, 5).index(0), range(10, 0, -2).index(4), range(0, 10 ** 9, 7).count(7 * 10 ** 7))
print(list(range(5, -5, -3)), len(range(-10, 10, 7)), range(1, 10, 3)[-1], range(2 ** 80, 2 ** 80 + 5)[2] - 2 ** 80)
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3)["x"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(list(range(3)) + list(range(3, 5)), [*range(2), *range(5, 7)], tuple(range(3)))
print(range(10).start, range(10).stop, range(10).step, repr(range(10)[::2]), str(range(-3, 3)))
