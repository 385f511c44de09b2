n = 6
print(list(range(n - 1, -1, -1)), list(reversed(range(n))), list(range(n))[::-1])
print(list(range(10, 0, -3)), list(reversed(range(1, 10, 3))), list(range(1, 10, 3))[::-1])
print(reversed(range(5)).__class__.__name__, list(reversed(range(0))), list(reversed(range(-3, 3, 2))))
for i in range(3, 0, -1):
    print("countdown", i)
word = "drawer"
print("".join(word[i] for i in range(len(word) - 1, -1, -1)))
matrix = [[1, 2, 3], [4, 5, 6]]
for r in reversed(range(len(matrix))):
    print(r, matrix[r][::-1])
pairs = list(zip(range(5), reversed(range(5))))
print(pairs, [a + b for a, b in pairs])
print(list(range(0, -10, -2)), list(range(-1, -10, -4)), len(range(100, 0, -7)), range(100, 0, -7)[-1])
big = range(10 ** 12, 0, -10 ** 11)
print(len(big), big[0], big[-1], list(reversed(big))[:3], 5 * 10 ** 11 in big)
r = range(2, 20, 5)
print(r[::-1], list(r[::-1]), r[::-1][0], r[::-1].step, range(5)[::-1] == range(4, -1, -1))
print(sum(range(10, 0, -1)), max(range(10, 0, -2)), min(range(-5, 5)), sorted(range(3, 0, -1)))
print([i * i for i in reversed(range(1, 5))])
