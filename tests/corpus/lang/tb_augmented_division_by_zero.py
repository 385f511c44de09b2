def normalize(weights):
    total = sum(weights.values())
    result = dict(weights)
    for k in result:
        result[k] /= total
    return result

print(normalize({"a": 1, "b": 3}))
print(normalize({"x": 2.5, "y": 2.5, "z": 5}))
counts = {"hits": 10, "misses": 5}
counts["hits"] += 1
counts["misses"] -= 5
counts["ratio"] = counts["hits"]
counts["ratio"] //= 2
print(counts)
try:
    counts["ratio"] //= counts["misses"]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 7
x %= 4
print(x)
print(normalize({"p": 0, "q": 0}))
