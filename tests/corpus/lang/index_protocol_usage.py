class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print(f"  __index__ -> {self.v}")
        return self.v

data = list(range(10))
text = 'abc'
print(data[Idx(3)])
print(data[Idx(1):Idx(8):Idx(3)])
print("abcdef"[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(4)), list(range(Idx(1), Idx(4))))
print([0] * Idx(3), "ab" * Idx(2))
print(Idx(9).__index__())
print(int(Idx(7)) if hasattr(Idx, '__int__') else "no __int__", int.__index__(5))
try:
    int(Idx(7))
    print("int() used __index__")
except TypeError as e:
    print(type(e).__name__, e)

class BadIdx:
    def __index__(self):
        return 1.5
try:
    data[BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)

class NotIdx:
    pass
for expr in ["data[NotIdx()]", "data[1.0]", "text['a']", "[1] * 1.5", "bin(1.5)", "range(1.5)", "data['x':]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)

print(data[True], data[False:True])
print((10).__index__(), True.__index__())
try:
    data[10 ** 30]
except IndexError as e:
    print(type(e).__name__, e)
print(data[-10 ** 30: 10 ** 30: 4])
print(round(2.5), "%d" % Idx(12))
