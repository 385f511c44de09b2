nums = [1, 2, 3]
it = iter(nums)
print(list(it), list(it))
print(iter(it) is it)

gen = (x * x for x in range(4))
print(sum(gen), sum(gen))

m = map(str, [1, 2])
print(next(m), list(m), list(m))
z = zip("ab", [1, 2, 3])
print(list(z), list(z))

data = [1, 2, 3, 4, 5]
it = iter(data)
pairs = list(zip(it, it))
print(pairs)

it = iter(data)
for x in it:
    if x == 2:
        print("skip", next(it))
    print("x", x)

r = range(3)
print(list(r), list(r), len(r))

d = {'a': 1, 'b': 2}
ki = iter(d)
print(next(ki))
d['c'] = 3
try:
    next(ki)
except RuntimeError as e:
    print(type(e).__name__, e)

s = {1, 2}
si = iter(s)
s.add(3)
try:
    next(si)
except RuntimeError as e:
    print(type(e).__name__, e)

lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.clear()
print(list(li))

e = enumerate("xyz", start=10)
print(next(e), list(e))
rev = reversed([1, 2, 3])
print(type(rev).__name__, next(rev), list(rev))
print(list(reversed("abc")), list(reversed(range(5))))
class R:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R())))
class LenGet:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(LenGet())))
try:
    reversed({1: 2}.items() if False else 5)
except TypeError as e:
    print(type(e).__name__, e)
