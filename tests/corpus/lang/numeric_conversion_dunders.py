class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        print("  __int__")
        return int(self.v)
    def __float__(self):
        print("  __float__")
        return float(self.v)
    def __complex__(self):
        print("  __complex__")
        return complex(self.v, 1)
    def __round__(self, nd=None):
        print("  __round__", nd)
        return round(self.v, nd) if nd is not None else round(self.v)
    def __trunc__(self):
        return "trunc result"
    def __floor__(self):
        return "floor result"
    def __ceil__(self):
        return "ceil result"
    def __abs__(self):
        return abs(self.v)

n = Num(3.7)
print(int(n), float(n), complex(n))
print(round(n), round(n, 1))
import math
print(math.trunc(n), math.floor(n), math.ceil(n), abs(Num(-2)))

class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))

class BadInt:
    def __int__(self):
        return "not int"
class BadFloat:
    def __float__(self):
        return 1
class Nothing:
    pass
for fn, o in [(int, BadInt()), (float, BadFloat()), (int, Nothing()), (float, Nothing()), (complex, Nothing()), (round, Nothing())]:
    try:
        fn(o)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)

class IntSub(int):
    pass
print(int(IntSub(5)), type(int(IntSub(5))).__name__, float(IntSub(2)))
class FloatSub(float):
    pass
print(float(FloatSub(2.5)), type(float(FloatSub(2.5))).__name__, int(FloatSub(-3.5)))
print(int(True), float(False), complex(True), int(-0.9), int(2.9e3))
