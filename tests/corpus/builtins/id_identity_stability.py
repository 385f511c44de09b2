a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
obj = object()
first = id(obj)
print(first == id(obj), id(obj) == id(obj), type(id(obj)).__name__, id(obj) > 0)
class Thing:
    pass
things = [Thing() for _ in range(5)]
ids = [id(t) for t in things]
print(len(set(ids)) == 5, all(id(t) == i for t, i in zip(things, ids)))
d = {}
d[id(things[0])] = "by id"
print(d[id(things[0])])
def same_object(x, y):
    return id(x) == id(y)
print(same_object(a, b), same_object(a, a[:]), same_object(None, None), same_object(True, True))
s = "string"
print(id(s) == id(s), id(things) == id(things), id(len) == id(len))
x = a
a.append(3)
print(id(x) == id(a), x)
a = a + [4]
print(id(x) == id(a), x, a)
lst = [1]
before = id(lst)
lst += [2]
print(id(lst) == before)
t = (1,)
before = id(t)
t += (2,)
print(id(t) == before)
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
try:
    id(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
