def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print("not found:", target)
    return i

print(search([3, 1, 4, 1, 5], 4))
print(search([3, 1, 4, 1, 5], 9))
print(search([], 1))

n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print("even", n)
print("n =", n)

for i in range(3):
    for j in range(3):
        if j == i:
            break
        print((i, j), end=" ")
    else:
        print("inner else for", i, end=" ")
print()

for x in []:
    print("never")
else:
    print("empty loop else runs")

count = 3
while count:
    count -= 1
else:
    print("while else, count =", count)

def loop_with_return():
    for i in range(10):
        if i == 3:
            return "returned at 3"
    else:
        return "else"
print(loop_with_return())

result = []
i = 0
while (i := i + 1) < 6:
    if i == 2:
        continue
    result.append(i)
print(result, i)

for i, ch in enumerate("abc"):
    pass
print("loop vars persist:", i, ch)
