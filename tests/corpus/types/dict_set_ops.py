def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

d = {'a': 1, 'b': 2}
d['c'] = 3
d[1] = 'one'
d[1.0] = 'float one'
d[True] = 'true'
print(d, len(d))
t(lambda: d['zz'])
t(lambda: d.get('zz'))
t(lambda: d.get('zz', 0))
t(lambda: d.setdefault('e', []))
t(lambda: d.pop('a'))
t(lambda: d.pop('a'))
t(lambda: d.pop('a', None))
t(lambda: d.popitem())
t(lambda: {}.popitem())
t(lambda: (list(d.keys()), list(d.values()), list(d.items())))
t(lambda: d.keys() & {'b', 'zz'})
t(lambda: d.keys() | {'q'} == {'b', 'c', 1, 'q'})
t(lambda: sorted(d.keys() - {'b'}, key=repr))
t(lambda: {'a': 1}.items() & {('a', 1)})
t(lambda: ('b' in d.keys(), ('b', 2) in d.items(), 2 in d.values()))
t(lambda: dict.fromkeys('abc'))
t(lambda: dict.fromkeys('ab', 0))
t(lambda: dict([('a', 1), ('b', 2)], c=3))
t(lambda: dict([('a', 1, 2)]))
t(lambda: dict([1]))
t(lambda: {'a': 1} | {'b': 2})
t(lambda: {'a': 1} == {'a': 1.0})
e = {'x': 1}
e |= {'y': 2}
e.update([('z', 3)], w=4)
print(e)
class D(dict):
    def __missing__(self, key):
        return key * 2
t(lambda: D()['ab'])
t(lambda: D(a=1)['a'])
t(lambda: {[1]: 2})
t(lambda: list(reversed({'a': 1, 'b': 2})))
t(lambda: repr({}.keys()) + repr({'a': 1}.values()) + repr({'a': 1}.items()))
def mutate():
    m = {1: 1, 2: 2}
    for k in m:
        m[k + 10] = 0
t(mutate)
t(lambda: {1: 'a', 2: 'b'}.copy())
s = set([1, 2, 3])
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s)
t(lambda: s.remove(10))
t(lambda: set().pop())
t(lambda: ({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}))
t(lambda: ({1, 2}.union([3], (4,)), {1, 2}.intersection([2]), {1, 2}.difference([1]), {1, 2}.symmetric_difference([2, 5])))
t(lambda: ({1} <= {1, 2}, {1} < {1}, {1, 2} >= {2}, {1}.isdisjoint([2]), {1}.issubset([1, 2]), {1, 2}.issuperset([1])))
t(lambda: {1, 2} | [3])
t(lambda: frozenset([1, 2]) | {3})
t(lambda: {1} | frozenset([2]))
t(lambda: hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
t(lambda: hash({1}))
t(lambda: {frozenset([1]): 'x'}[frozenset([1])])
t(lambda: set() == frozenset())
t(lambda: (set(), frozenset(), frozenset([1])))
t(lambda: {1, 2, 3} == {3, 2, 1})
t(lambda: sorted({5, 3, 1}))
t(lambda: len({1, 1.0, True}))
u = {1}
u |= {2}
u &= {2, 3}
u -= {5}
u ^= {9}
print(sorted(u))
t(lambda: {1}.update([2], 'ab'))
