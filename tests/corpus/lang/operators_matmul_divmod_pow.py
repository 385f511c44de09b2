class Mat:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, other):
        if not isinstance(other, Mat):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Mat([other]) @ self
        return NotImplemented
    def __imatmul__(self, other):
        print("  __imatmul__")
        self.rows = (self @ other).rows
        return self
    def __pow__(self, n, mod=None):
        result = Mat([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n):
            result = result @ self
        if mod is not None:
            result = Mat([[v % mod for v in r] for r in result.rows])
        return result
    def __repr__(self):
        return f"Mat({self.rows})"

A = Mat([[1, 1], [1, 0]])
B = Mat([[2, 0], [0, 2]])
print(A @ B, B @ A)
print([1, 2] @ A)
print(A ** 10, pow(A, 10, 7))
C = Mat([[1, 2], [3, 4]])
C @= B
print(C)
try:
    A @ 3
except TypeError as e:
    print(type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.cents)
    def __floordiv__(self, n):
        return Money(self.cents // n)
    def __mod__(self, n):
        return Money(self.cents % n)
    def __rpow__(self, base):
        return f"{base} ** Money({self.cents})"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1001)
print(divmod(m, 3), m // 3, m % 3, divmod(7, m), 2 ** m)
try:
    pow(2, m, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(3, 4, 5), pow(2, -1, 5), 2 ** 0.5)
