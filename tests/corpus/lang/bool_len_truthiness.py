class Both:
    def __bool__(self):
        print("  __bool__ called")
        return False
    def __len__(self):
        print("  __len__ called")
        return 5

class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Neither:
    pass

print(bool(Both()))
print(bool(LenOnly(0)), bool(LenOnly(3)), bool(Neither()))
print(len(Both()), len(LenOnly(7)))
if LenOnly(0):
    print("never")
else:
    print("falsy via len")
print("yes" if Both() else "no")
while LenOnly(0):
    break
print([x for x in [LenOnly(0), LenOnly(1), Neither()] if x].__len__())

class Huge:
    def __len__(self):
        return 2 ** 70
for fn in (len, bool):
    try:
        fn(Huge())
    except OverflowError as e:
        print(fn.__name__, type(e).__name__, e)

class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)

class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
print(len(IndexLen()))

class BoolReturnsInt:
    def __bool__(self):
        return 0
try:
    bool(BoolReturnsInt())
except TypeError as e:
    print(type(e).__name__, e)

try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)

class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0.0), bool(-0.0), bool(0j), bool(''), bool(' '), bool(()), bool((0,)), bool(range(0)))
