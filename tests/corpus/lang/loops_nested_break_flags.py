grid = [
    [1, 2, 3],
    [4, 99, 6],
    [7, 8, 99],
]

def find_first(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return r, c
    return None
print(find_first(grid, 99), find_first(grid, 7), find_first(grid, 0))

found = None
for r in range(3):
    for c in range(3):
        if grid[r][c] > 50:
            found = (r, c)
            break
    if found:
        break
print("flag approach:", found)

primes = []
for n in range(2, 30):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

count = 0
outer = 0
while outer < 4:
    inner = 0
    while True:
        inner += 1
        if inner > outer:
            break
        count += 1
    outer += 1
print("count", count)

results = []
for i in range(5):
    if i == 1:
        continue
    try:
        if i == 3:
            continue
        results.append(i)
    finally:
        results.append(f"f{i}")
print(results)

total = 0
for x in range(100):
    if x % 7:
        continue
    if x > 50:
        break
    total += x
print(total)
it = iter(range(10))
for a in it:
    b = next(it, None)
    print((a, b), end=" ")
print()
