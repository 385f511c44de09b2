def collatz(n):
    steps = []
    while n != 1:
        steps.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    else:
        steps.append(1)
    return steps
print(collatz(6), len(collatz(27)))

def find_pair(nums, target):
    i, j = 0, len(nums) - 1
    nums = sorted(nums)
    while i < j:
        s = nums[i] + nums[j]
        if s == target:
            return nums[i], nums[j]
        if s < target:
            i += 1
        else:
            j -= 1
    else:
        return None
print(find_pair([8, 1, 5, 3, 9], 12), find_pair([1, 2], 10))

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected on attempt", attempts)
        break
    except ConnectionError as e:
        print("retrying:", e)
        continue
    finally:
        print("  attempt", attempts, "finished")

queue = [1]
seen = []
while queue:
    node = queue.pop(0)
    if node in seen or node > 20:
        continue
    seen.append(node)
    queue += [node * 2, node * 3]
print(seen)

n = 100
digits = []
while n:
    n, r = divmod(n, 7)
    digits.append(r)
print(digits[::-1])
k = 0
while k < 3:
    k += 1
    if k == 10:
        break
else:
    print("while-else after normal exit, k =", k)
