def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = list(range(10))
for sl in [slice(None), slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(-3, None), slice(8, 2, -2), slice(100, 200), slice(None, None, -3)]:
    t(lambda: a[sl])
def setslice(lst, sl, v):
    lst[sl] = v
    return lst
def delslice(lst, sl):
    del lst[sl]
    return lst
t(lambda: setslice(list(range(10)), slice(2, 5), 'ab'))
t(lambda: setslice(list(range(10)), slice(None, None, 2), 'abcde'))
t(lambda: setslice(list(range(10)), slice(None, None, 2), 'abc'))
t(lambda: setslice(list(range(10)), slice(5, 2), [1, 2]))
t(lambda: setslice(list(range(10)), slice(2, 4), 5))
t(lambda: setslice([1, 2, 3], slice(None), [1, 2, 3]))
t(lambda: delslice(list(range(10)), slice(None, None, 3)))
t(lambda: delslice(list(range(10)), slice(2, 7)))
t(lambda: delslice(list(range(10)), slice(None, None, -2)))
x = [1, 2, 3]
x.append(4); x.extend((5, 6)); x.insert(0, 0); x.insert(-1, 'm'); x.insert(100, 'end')
print(x, x.pop(), x.pop(0), x.index(3), x.count(3), len(x))
x.remove('m'); x.reverse(); print(x)
t(lambda: x.remove(99))
t(lambda: x.index(99))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1, 2][2])
k = 'a'
t(lambda: [1, 2][k])
t(lambda: [1] + (2,))
t(lambda: [1, 2] * 3)
t(lambda: 2 * [0])
t(lambda: [1, [2]] * 0)
t(lambda: [1, 2] < [1, 2, 3])
t(lambda: [1, 2] == [1, 2.0])
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [3, 1, 2].sort())
data = [('b', 2), ('a', 2), ('c', 1), ('d', 1)]
t(lambda: sorted(data, key=lambda p: p[1]))
t(lambda: sorted(data, key=lambda p: p[1], reverse=True))
t(lambda: sorted([3, 1, 2], reverse=True))
t(lambda: sorted(['B', 'a', 'C'], key=str.lower))
t(lambda: sorted([1, 'a']))
t(lambda: sorted([]))
t(lambda: sorted('hello'))
def mutate_during_sort():
    l = [3, 2, 1]
    def k(v):
        l.append(v)
        return v
    l.sort(key=k)
    return l
t(mutate_during_sort)
r = [1, 2]
r.append(r)
print(r, repr(r))
d = {}
d['self'] = d
print(d)
t(lambda: list('abc'))
t(lambda: list({'a': 1, 'b': 2}))
t(lambda: list(range(3)) + list((4, 5)))
c = [1, 2, 3]
c += (4,)
c *= 2
print(c)
t(lambda: [i * i for i in range(5) if i % 2])
t(lambda: [1, 2, 3].copy())
t(lambda: list.__new__(list))
t(lambda: 2 in [1, 2.0])
t(lambda: float('nan') in [float('nan')])
nan = float('nan')
t(lambda: nan in [nan])
t(lambda: [nan] == [nan])
