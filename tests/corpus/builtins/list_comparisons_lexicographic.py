pairs = [([1, 2, 3], [1, 2, 4]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9, 9]), ([1, 2], [1, 2]),
         ([[1]], [[1, 0]]), (["a"], ["B"]), ([1.5], [1]), ([True], [1])]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]), sorted([[3], [1, 2], [1], []]))
for a, b in [([1], ["a"]), ([None], [None, 1]), ([None], [1])]:
    try:
        print(a, b, a < b)
    except TypeError as e:
        print(a, b, type(e).__name__, e)
print([1, 2] == (1, 2), [1] != (1,), list((1, 2)) == [1, 2])
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
print([nan] == [nan], [nan] < [nan], [1, nan] < [2, nan], [nan, 1] < [nan, 2])
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  eq {self.v} {o.v}")
        return self.v == o.v
    def __lt__(self, o):
        print(f"  lt {self.v} {o.v}")
        return self.v < o.v
print([Cmp(1), Cmp(2)] < [Cmp(1), Cmp(3)])
print([Cmp(5)] == [Cmp(5)])
x = [1]
print([x] == [x], [x] is [x], [[1, [2]]] == [[1, [2]]])
