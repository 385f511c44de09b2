def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves

m = hanoi(3, "A", "C", "B", [])
print(len(m), m[:4])
print(len(hanoi(10, "A", "C", "B", [])))

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out
perms = permutations([1, 2, 3])
print(len(perms), perms)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(4)], ackermann(3, 2))

def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, (3, [4, [5]])], [], 6]))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(power_set("abc"), key=lambda p: (len(p), p)))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))

def binary_search(seq, target, lo=0, hi=None):
    hi = len(seq) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return binary_search(seq, target, mid + 1, hi)
    return binary_search(seq, target, lo, mid)
data = list(range(0, 100, 3))
print(binary_search(data, 42), binary_search(data, 43), binary_search([], 1))
