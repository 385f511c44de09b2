a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
lst[1:3] = lst[2:0:-1]
print(lst)
i, j = 0, 1
lst[i], lst[j] = lst[j], lst[i]
print(lst)
x = [0, 1, 2]
i = 0
i, x[i] = 2, 99
print(i, x)
def rotate(seq, k):
    k %= len(seq) if seq else 1
    return seq[k:] + seq[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([], 3), rotate("abcdef", 4))
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
    fib.append(q)
print(fib)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
d = {"x": 1, "y": 2}
d["x"], d["y"] = d["y"], d["x"]
print(d)
class P:
    def __init__(self):
        self.a, self.b = "A", "B"
o = P()
o.a, o.b = o.b, o.a
print(o.a, o.b)
first, second, *others = reversed(range(6))
print(first, second, others)
(a, b), (c, d) = (1, 2), "xy"
print(a, b, c, d)
