a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, type(None)() is None, ... is Ellipsis, NotImplemented is NotImplemented)
print(True is bool(1), False is (1 == 2))
t1 = ()
t2 = tuple()
print(t1 == t2, t1 is t2)
s = "hello"
print(s == "hel" + "lo", s is s)
class Eq:
    def __eq__(self, other):
        return True
e1, e2 = Eq(), Eq()
print(e1 == e2, e1 is e2, e1 in [e2], e1 in (e1,))
class NeverEq:
    def __eq__(self, other):
        return False
ne = NeverEq()
print(ne == ne, ne in [ne], [ne] == [ne], [ne].count(ne), [ne].index(ne))
nan = float("nan")
print(nan == nan, nan is nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
other_nan = float("nan")
print(nan in [other_nan], {nan: 1}.get(nan), {nan: 1}.get(other_nan))
print(1 == 1.0, 1 == True, 0 == False, 1 == 1 + 0j, "1" == 1)
print([1, 2] == (1, 2), {1: 2} == {1: 2.0}, {1, 2} == frozenset({2, 1}))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(1, 10, 2) == range(1, 11, 2))
print(type(a) is list, type(True) is int, isinstance(True, int))
d = {}
print(d.get is d.get, d.get == d.get)
def f():
    pass
print(f is f, f == f)
x = 300
y = x
print(x is y)
print(0.0 == -0.0, str(0.0) == str(-0.0))
