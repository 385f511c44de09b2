base = [0, 1]
big = base * 50000
print(len(big), big[:4], big[-2:], big.count(1), sum(big))
big.extend(range(10))
print(len(big), big[-3:])
del big[::2]
print(len(big), big[:3])
big[:] = big[:5]
print(big)
nested = [[]] * 3
print([id(x) == id(nested[0]) for x in nested])
fresh = [[] for _ in range(3)]
print([x is fresh[0] for x in fresh])
squares = [i * i for i in range(1000)]
print(squares[999], len(squares), squares.index(961), 962 in squares)
print(sum(squares) == sum(i * i for i in range(1000)), max(squares) - min(squares))
words = ["ab"] * 3 + ["cd"] * 2
print(words, words.count("ab"), len(set(words)))
try:
    [1] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print([None] * 0, [1, 2] * -3, 3 * [[1]], [] * 100)
