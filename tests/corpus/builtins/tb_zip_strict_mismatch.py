names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
bonus = [1, 2, 3]
for n, s, b in zip(names, scores, bonus, strict=True):
    print(f"{n}: {s} + {b} = {s + b}")
print(dict(zip(names, scores)))
print(list(zip(names, "xy")))
pairs = list(zip(names, scores, strict=True))
print(pairs)
names.append("dee")
print(list(zip(names, scores)))
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print("caught:", e)
scores.append(60)
print(list(zip(names, scores, strict=True)))
print(list(zip(*zip(names, scores))))
print(list(zip(range(3), range(3), strict=True)))
print(list(zip(names, scores, bonus, strict=True)))
