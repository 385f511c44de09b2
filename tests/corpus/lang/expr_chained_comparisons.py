calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(3))
print(calls); calls.clear()
print(v(5) < v(2) < v(3))
print(calls); calls.clear()
print(v(1) == v(1) != v(2))
print(calls); calls.clear()

x = 5
print(0 <= x < 10, 0 <= x < 5, x in range(10) == True)
print(1 < 2 > 0, x is x is not None)
print('a' < 'b' <= 'b' < 'c')
print([1, 2] < [1, 3] < [2])
print(None is None is None)

class Noisy:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}?")
        return Noisy(self.n < other.n) if False else self.n < other.n
    def __repr__(self):
        return f"Noisy({self.n})"

a, b, c = Noisy(1), Noisy(2), Noisy(0)
print(a < b < c)
print(c < a < b)

class Weird:
    def __lt__(self, other):
        return "truthy string"
print(Weird() < 1)
print((Weird() < 1) < 2 if False else Weird() < 1 < 2)

try:
    print(1 < 'a' < 3)
except TypeError as e:
    print(type(e).__name__, e)

print(x < 10 and x > 2, not 1 < 0)
print(1 in [1, 2] in [[1, 2]])
print(3 not in [1, 2] is True)
