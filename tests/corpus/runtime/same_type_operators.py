class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt"); return NotImplemented
    def __gt__(self, o): print("gt"); return NotImplemented
    def __eq__(self, o): print("eq"); return NotImplemented
    def __add__(self, o): print("add"); return NotImplemented
    def __radd__(self, o): print("radd"); return NotImplemented
    def __iadd__(self, o): print("iadd"); return NotImplemented
a, b = N(1), N(2)
try: a < b
except TypeError as e: print(e)
print(a == b, a == a, a != b)
try: a + b
except TypeError as e: print(e)
try:
    a += b
except TypeError as e: print(e)
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __mul__(self, o): return M(self.v * o.v)
    def __repr__(self): return f"M({self.v})"
x = [M(3), M(1), M(2)]
x.sort(); print(x, M(2) * M(3), M(1) > M(0))
