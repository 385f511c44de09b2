def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


d = {k: k * k for k in range(6)}
print(d)
ks = d.keys()
vs = d.values()
its = d.items()
d[10] = 100
del d[0]
print(ks, vs, its, len(ks))
print(sorted(ks & {1, 2, 99}), sorted(ks | {7}), sorted(ks - {1}), sorted(ks ^ {1, 50}))
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print({1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)}, {1: 2}.values() == {1: 2}.values())
print(ks.isdisjoint([99]), 3 in ks, (3, 9) in its, 9 in vs)
t(lambda: ks[0])
e = dict.fromkeys(range(3), [])
e[0].append(1)
print(e)
print(dict(a=1, **{'b': 2}))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
f = {}
for w in 'abracadabra':
    f[w] = f.get(w, 0) + 1
print(f, max(f, key=f.get), sorted(f.items(), key=lambda kv: (-kv[1], kv[0])))
g = {}
for w in 'mississippi':
    g.setdefault(w, []).append(w)
print(g)
print(list(zip(g, g.values())))
