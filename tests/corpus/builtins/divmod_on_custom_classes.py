class Minutes:
    def __init__(self, n):
        self.n = n
    def __divmod__(self, other):
        print(f"  __divmod__({other})")
        h, m = divmod(self.n, other)
        return Minutes(h), Minutes(m)
    def __rdivmod__(self, other):
        print(f"  __rdivmod__({other})")
        return ("reflected", other, self.n)
    def __floordiv__(self, other):
        return Minutes(self.n // other)
    def __mod__(self, other):
        return Minutes(self.n % other)
    def __repr__(self):
        return f"Minutes({self.n})"

print(divmod(Minutes(135), 60))
print(divmod(1000, Minutes(7)))
print(Minutes(135) // 60, Minutes(135) % 60)
class OnlyFloorMod:
    def __floordiv__(self, o):
        return 1
    def __mod__(self, o):
        return 2
try:
    divmod(OnlyFloorMod(), 3)
except TypeError as e:
    print(type(e).__name__, e)
class ReturnsNI:
    def __divmod__(self, o):
        return NotImplemented
    def __rdivmod__(self, o):
        return NotImplemented
try:
    divmod(ReturnsNI(), ReturnsNI())
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(5, ReturnsNI())
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2.0), divmod(2 ** 70, 10 ** 10), divmod(True, 2))
hours, minutes = divmod(12345, 60)
days, hours = divmod(hours, 24)
print(f"{days}d {hours}h {minutes}m")
print([divmod(n, 3) for n in range(-4, 5)])
