import sys

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(301))

cache = {}
def partitions(n, max_part=None):
    max_part = n if max_part is None else max_part
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    key = (n, max_part)
    if key not in cache:
        cache[key] = partitions(n - max_part, max_part) + partitions(n, max_part - 1)
    return cache[key]
print([partitions(n) for n in range(1, 15)], partitions(60), len(cache))

def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))

def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n
limit = sys.getrecursionlimit()
reached = depth_probe(0)
print(limit, reached < limit, reached > limit - 50)

def nested_lists(n):
    return [] if n == 0 else [nested_lists(n - 1)]
deep = nested_lists(100)
count = 0
node = deep
while node:
    node = node[0]
    count += 1
print(count, repr(nested_lists(3)))
def tail(n, acc=0):
    return acc if n == 0 else tail(n - 1, acc + n)
print(tail(900))
try:
    tail(5000)
except RecursionError as e:
    print(type(e).__name__, e)
