pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
for num, letter in pairs:
    print(num, letter)

for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)

for first, *rest in ["abc", "de", "f"]:
    print(repr(first), rest)

d = {}
for d['key'] in range(3):
    pass
print(d)

lst = [0, 0, 0]
for i, lst[i] in enumerate('xyz'):
    pass
print(lst)

class Obj:
    pass
o = Obj()
for o.attr in [10, 20]:
    pass
print(o.attr)

for [x, y] in [[1, 2]]:
    print(x * y)

try:
    for p, q in [(1, 2), (3,)]:
        print(p, q)
except ValueError as e:
    print(type(e).__name__, e)

try:
    for p, q in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(type(e).__name__, e)

try:
    for v in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    for a, b in [5]:
        pass
except TypeError as e:
    print(type(e).__name__, e)

items = [1, 2, 3]
for it in items:
    if it == 1:
        items.append(4)
    print("it", it)
print(items)

for s in reversed(range(0, 10, 3)):
    print(s, end=",")
print()
