class Left:
    def __add__(self, other):
        print("  Left.__add__")
        return NotImplemented
    def __eq__(self, other):
        print("  Left.__eq__")
        return NotImplemented
class Right:
    def __radd__(self, other):
        print("  Right.__radd__")
        return "Right handled add"
    def __eq__(self, other):
        print("  Right.__eq__")
        return NotImplemented
print(Left() + Right())
print(Left() == Right())
print(Left() != Right())
try:
    Left() + Left()
except TypeError as e:
    print(type(e).__name__, e)
class Neither:
    pass
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        eval(f"Neither() {op} 1")
    except TypeError as e:
        print(op, "TypeError:", e)
for op in ["<", "<=", ">", ">="]:
    try:
        eval(f"Neither() {op} Neither()")
    except TypeError as e:
        print(op, "TypeError:", e)
print(int.__add__(1, 1.5), float.__add__(1.5, 1), int.__mul__(2, "x"), list.__add__([1], [2]))
print((3).__rsub__(10), (2.0).__rtruediv__(1), (3).__rsub__(1.5), [].__iadd__((1,)))
