def stats(*nums):
    return min(nums), max(nums), sum(nums) / len(nums)

lo, hi, mean = stats(4, 8, 15, 16, 23, 42)
print(lo, hi, mean)
*_, last_only = stats(1, 2, 3)
print(last_only)

points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys)
print(list(zip(*zip(*points))))

def swap_pairs(pairs):
    return [(b, a) for a, b in pairs]
print(swap_pairs(points))

record = ("ann", 30, "admin", "ops", "dev")
name, age, *roles = record
print(name, age, roles)
first, (second, third) = "x", "yz"
print(first, second, third)

def kwargs_roundtrip(**kw):
    return kw
params = {"b": 2, "a": 1}
print(kwargs_roundtrip(**params, c=3))

merged = {**params, "a": 100, **{"z": 0}}
print(merged)
combined = [*range(2), *"hi", *{"k": 1}, *(None,)]
print(combined)

for i, (k, v) in enumerate(sorted(params.items())):
    print(i, k, v)

matrix = [[1, 2], [3, 4]]
for (a, b), label in zip(matrix, "AB"):
    print(label, a + b)

head, *tail = range(0)if False else [9]
print(head, tail)
try:
    a, *b = []
except ValueError as e:
    print(type(e).__name__, e)
n = [0] * 3
n[0], n[1:] = 1, [2, 3, 4]
print(n)
x = [1, 2, 3]
i = 0
i, x[i] = 1, 99
print(i, x)
