t = (1, "two", 3.0, [4], (5,))
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[::2])
print(t.index("two"), t.count(1), (1, 1, 2).count(1), (1, 2, 3).index(3, 1))
print((1, 2) + (3,), (0,) * 3, () * 5, (1,) * -1, 2 * ("a",))
print((), (1,), tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"k": 0}), tuple(x for x in "xy"))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) != [1, 2])
t[3].append("mutable inside")
print(t)
for call in [lambda: t.__setitem__(0, 1), lambda: t.index(99), lambda: t[10], lambda: (1,) + [2],
             lambda: hash(t), lambda: t.append(1), lambda: (1, "a") < ("a", 1), lambda: tuple(5)]:
    try:
        call()
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "a"}[(1, 2)])
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
print(tuple(sorted((3, 1, 2))), max((1, 9), (2, 0)), min([(1, "b"), (1, "a")]), sum((1, 2, 3)))
one = 1,
print(one, type(one).__name__, (1), type((1)).__name__)
print(repr((1,)), repr(()), str((None, "s")), ((1, 2), (3, 4))[1][0])
nested = ((1, 2), [3, 4])
print(nested[1][1], len(nested), nested.count([3, 4]), [3, 4] in nested)
print(tuple.__name__, (1, 2).__class__ is tuple, isinstance((), tuple), (1, 2, 3)[1:100])
