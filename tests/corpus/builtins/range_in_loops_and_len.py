total = 0
for i in range(1, 11):
    total += i
print(total, sum(range(1, 11)), len(range(1, 11)))
pairs = [(i, j) for i in range(3) for j in range(i, 3)]
print(pairs, len(pairs))
evens = range(0, 21, 2)
print(list(evens), evens[5], evens.index(10), 7 in evens, len(evens), evens[-1])
print([len(range(a, b, s)) for a, b, s in [(0, 10, 3), (0, 10, -3), (10, 0, -3), (0, 0, 1), (-5, 5, 5)]])
for n in (0, 1, 5):
    print(n, list(range(n)), list(range(n, 0, -1)), bool(range(n)))
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print(matrix, [matrix[r][r] for r in range(min(3, 4))])
for i in range(len("abc")):
    print(i, "abc"[i], "abc"[-i - 1])
idx = range(5)
print(list(zip(idx, idx[1:])), [idx[i] for i in range(0, len(idx), 2)], idx[::2] == range(0, 5, 2))
steps = list(range(10, -1, -5)) + list(range(-10, 1, 5))
print(steps, sorted(set(steps)))
print(len(range(0, 10 ** 9, 3)), range(0, 10 ** 9, 3)[-1])
