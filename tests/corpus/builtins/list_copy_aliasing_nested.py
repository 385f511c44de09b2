a = [1, [2, 3], {"k": 4}]
b = a
c = a[:]
d = list(a)
e = a.copy()
f = [*a]
print(b is a, c is a, c == a, d[1] is a[1], e[2] is a[2], f == a)
a[0] = 100
a[1].append(99)
a[2]["new"] = 5
print(a, b, c, d, sep="\n")
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
import copy
deep = copy.deepcopy(a)
deep[1].append("deep only")
print(a[1], deep[1], deep[2] == a[2], deep[2] is a[2])
def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst
original = ["orig"]
print(modify(original), original)
x = [1, 2]
y = x
x += [3]
print(y)
x = x + [4]
print(x, y)
z = [[]] * 2
z[0].append(1)
print(z, z[0] is z[1])
print([1, 2] is [1, 2], [] == [], id(a) == id(b))
