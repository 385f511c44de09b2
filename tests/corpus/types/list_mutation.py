def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = list(range(20))
a[::3] = ['x'] * 7
print(a)
del a[1::4]
print(a)
a[2:2] = [None, None]
print(a)
a[-3:] = []
print(a)
a[:0] = 'ab'
print(a)
a[100:] = [1]
print(a)
b = a[:]
b.reverse()
print(b == a[::-1], b is a)
for i in range(5):
    a.insert(i * 2, -i)
print(a)
while a:
    v = a.pop()
    if v == 'x':
        break
print(a, len(a))
c = [5, 3, 8, 1]
c.sort(reverse=True)
print(c)
c.sort(key=lambda v: v % 3)
print(c)
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(set(words)))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
n = [[0] * 3] * 3
n[1][1] = 5
print(n)
t(lambda: [1, 2, 3].__getitem__(slice(None, None, 0)))
t(lambda: list(range(5)).__setitem__(slice(0, 5, 2), [1]))
