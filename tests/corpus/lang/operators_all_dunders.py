class T:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
       'lshift', 'rshift', 'and', 'xor', 'or']
for op in ops:
    setattr(T, f'__{op}__', (lambda op: lambda self, o: f"{self}.{op}({o})")(op))
    setattr(T, f'__r{op}__', (lambda op: lambda self, o: f"{self}.r{op}({o})")(op))
for op in ['neg', 'pos', 'invert', 'abs']:
    setattr(T, f'__{op}__', (lambda op: lambda self: f"{op}({self})")(op))

a = T('a')
print(a + 1, a - 1, a * 1, a @ 1, a / 1, a // 1, a % 1)
print(divmod(a, 1), a ** 1, pow(a, 2), a << 1, a >> 1, a & 1, a ^ 1, a | 1)
print(1 + a, 1 - a, 1 * a, 1 @ a, 1 / a, 1 // a, 1 % a)
print(divmod(1, a), 1 ** a, 1 << a, 1 >> a, 1 & a, 1 ^ a, 1 | a)
print(-a, +a, ~a, abs(a))
try:
    pow(a, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

class P:
    def __pow__(self, other, mod=None):
        return f"pow({other}, mod={mod})"
print(pow(P(), 2, 5), P() ** 3)

class Empty:
    pass
e = Empty()
for expr in ["e + 1", "e @ e", "1 @ 2", "~e", "e ** 2", "divmod(e, 2)", "abs(e)", "e < e", "+e", "e % 'x'", "'%s' % e"]:
    try:
        print(expr, '->', eval(expr) if expr != "'%s' % e" else "skipped")
    except TypeError as err:
        print(expr, '->', type(err).__name__, err)
