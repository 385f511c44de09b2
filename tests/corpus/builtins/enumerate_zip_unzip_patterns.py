names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ("Oslo", "Rome", "Lima")
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
table = list(zip(names, ages, cities))
print(table)
unzipped = list(zip(*table))
print(unzipped, [list(col) for col in unzipped])
n2, a2, c2 = zip(*table)
print(n2, a2, c2)
print(dict(zip(names, zip(ages, cities))))
print({n: i for i, n in enumerate(names)}, list(enumerate(zip("ab", "cd"))))
print(list(zip(range(3), range(10, 13), "xyz")), list(zip(*[iter(range(6))] * 2)))
transposed = [list(r) for r in zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]])]
print(transposed)
print(list(zip()), list(zip([])), list(zip(*[])), list(zip("a", [], "b")))
indexed = sorted(enumerate(ages), key=lambda p: p[1])
print(indexed, [names[i] for i, _ in indexed])
print(max(zip(ages, names)), min(zip(ages, names)), sorted(zip(names, ages), key=lambda p: -p[1]))
pairs = [(1, "one"), (2, "two")]
nums, words = map(list, zip(*pairs))
print(nums, words)
print(list(enumerate("abc", start=100)), next(enumerate(["only"])), list(zip(*zip("ab", "cd"))))
