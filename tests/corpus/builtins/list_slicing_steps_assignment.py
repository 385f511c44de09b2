base = list(range(10))
print(base[2:7], base[:3], base[7:], base[-3:], base[:-7], base[::2], base[1::2], base[::-1], base[8:2:-2])
print(base[100:], base[-100:2], base[5:2], base[::-3], base[-1:-4:-1], base[slice(1, 9, 3)])
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[1:1] = ["inserted", "twice"]
print(l)
l[:] = l[::-1]
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[-2:] = []
print(l)
l[len(l):] = [99]
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
l[3:1] = ["x"]
print(l)
m = list(range(10))
del m[::3]
print(m)
del m[1:-1:2]
print(m)
del m[:]
print(m)
n = [1, 2, 3]
n[1:2] = n
print(n)
s = [1, 2, 3, 4]
s[::-1] = "abcd"
print(s)
t = [0] * 5
t[1:4] = range(3)
t[4:] = (x for x in "yz")
print(t)
print([1, 2, 3][True:], [1, 2, 3][:False], [1, 2, 3][-2:-1])
