class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v!r})"

names = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]
for n in names:
    def make(n):
        def method(self, other):
            print(f"  __i{n}__({other!r})")
            self.v = f"{self.v}.i{n}({other})"
            return self
        return method
    setattr(Acc, f"__i{n}__", make(n))

a = Acc("x")
a += 1; a -= 2; a *= 3; a @= 4; a /= 5; a //= 6; a %= 7
a **= 8; a <<= 9; a >>= 10; a &= 11; a ^= 12; a |= 13
print(a)

class OnlyBinary:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return OnlyBinary(self.v - o)
    def __rshift__(self, o):
        return OnlyBinary(self.v >> o)
    def __repr__(self):
        return f"OnlyBinary({self.v})"
b = OnlyBinary(100)
ident = b
b -= 1
b >>= 2
print(b, b is ident)

class ReturnsOther:
    def __imul__(self, o):
        return "replaced by string"
r = ReturnsOther()
r *= 3
print(repr(r))

class RaisesNI:
    def __ior__(self, o):
        return NotImplemented
    def __ror__(self, o):
        return "fell back to __ror__ of right operand"
class Right:
    def __ror__(self, o):
        return "Right.__ror__"
x = RaisesNI()
x |= Right()
print(x)
y = RaisesNI()
try:
    y |= 5
except TypeError as e:
    print(type(e).__name__, e)
s = "a"
s += "b"
s *= 2
print(s)
z = 3
z **= 2
z <<= 1
z //= 4
print(z)
