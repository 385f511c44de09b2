class Signal:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Signal(-self.v)
    def __pos__(self):
        return Signal(abs(self.v))
    def __invert__(self):
        return Signal(~self.v)
    def __abs__(self):
        return abs(self.v) * 10
    def __repr__(self):
        return f"Signal({self.v})"

s = Signal(5)
print(-s, +s, ~s, abs(s), -(-s), +(-s), ~~s, -+-s)

class NotNumeric:
    pass
n = NotNumeric()
for label, fn in [("neg", lambda: -n), ("pos", lambda: +n), ("invert", lambda: ~n), ("abs", lambda: abs(n))]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)
for val in ["s", [1], None, {1}]:
    try:
        -val
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
print(-True, +True, ~True, -0, -0.0, +(-0.0), ~0, ~-1, -(2 ** 63), ~(2 ** 64))
print(not Signal(0), not NotNumeric())
class NegReturnsNI:
    def __neg__(self):
        return NotImplemented
print(-NegReturnsNI())
print(abs(-7), abs(-7.5), abs(-2 ** 100), abs(True), abs(-0.0), abs(complex(-3, -4)))
print(-(1 + 2j), +(1 - 2j), -float("inf"), -float("nan") != -float("nan"))
