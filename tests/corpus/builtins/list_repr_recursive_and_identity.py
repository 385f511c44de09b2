a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, repr(a))
b = [a, [a]]
print(b)
d = {"self": None}
d["self"] = d
d["list"] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
print(str([["nested", ["deep"]]]), repr([[[]]]), [None, True, 1.0, "s", b"b", (1,), {1}, {}])
print([1, 2] == [1, 2], [1, 2] is [1, 2] if False else "identity skipped")
c = [a]
try:
    print(a == a)
except RecursionError as e:
    print(type(e).__name__)
p = [1]
q = [1]
p.append(q)
q.append(p)
try:
    p == q
except RecursionError as e:
    print("recursive comparison:", type(e).__name__)
print(len(str(a)), str(a).count("..."))
class R:
    def __repr__(self):
        return "R()"
print([R(), [R()]], (R(),), {R(): 1} if False else {1: R()})
s = set()
print(s, [s], frozenset(), [frozenset([1])], [set([2])])
import sys
print(sys.getrecursionlimit() > 100)
