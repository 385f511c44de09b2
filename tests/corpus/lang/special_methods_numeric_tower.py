class Fraction:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        g = self._gcd(abs(n), abs(d))
        sign = -1 if d < 0 else 1
        self.n, self.d = sign * n // g, abs(d) // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    @classmethod
    def _coerce(cls, o):
        if isinstance(o, Fraction):
            return o
        if isinstance(o, int):
            return cls(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self + Fraction(-o.n, o.d)
    def __rsub__(self, o):
        return Fraction(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Fraction(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Fraction(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Fraction(o) / self
    def __neg__(self):
        return Fraction(-self.n, self.d)
    def __abs__(self):
        return Fraction(abs(self.n), self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}"

a, b = Fraction(1, 2), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, -a, abs(Fraction(-3, 9)))
print(1 + a, 2 - a, 3 * b, 1 / b, a + 1, Fraction(4, 2) == 2, 2 == Fraction(4, 2))
print(a < b, b < a, a > b, sorted([b, a, Fraction(1, 3)]), float(b))
print(sum([a, b, Fraction(1, 4)]), {Fraction(2, 1): 'two'}[2], hash(Fraction(6, 3)) == hash(2))
for expr in ["a + 0.5", "a < 'x'", "Fraction(1, 0)", "a ** 2"]:
    try:
        print(eval(expr))
    except (TypeError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__, e)
