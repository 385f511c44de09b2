parts = ["alpha", "beta", "gamma"]
print("".join(parts), "-".join(parts), len("".join(parts)))
numbers = [1, 2, 3]
print(sum(numbers), sum(numbers, 10), sum([[1], [2]], []), sum([0.5, 0.25]))
lists = [[1, 2], [3], []]
print(sum(lists, []), [x for l in lists for x in l])
try:
    sum(parts, "")
except TypeError as e:
    print("caught:", e)
try:
    sum(["a", 1])
except TypeError as e:
    print("caught:", e)
total_len = sum(len(p) for p in parts)
print(total_len, sum(map(len, parts)))
mixed = [1, 2, "3", 4]
print(sum(int(m) for m in mixed))
print(sum(int(m) for m in mixed if str(m).isdigit()), [type(m).__name__ for m in mixed])
print(sum(mixed))
