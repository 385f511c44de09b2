x = "outer"
result = [x for x in range(3)]
print(result, x)

y = 10
squares = {y: y * y for y in range(4)}
print(squares, y)

s = {c.upper() for c in "abca"}
print(sorted(s))

gen = (i * 2 for i in range(5))
print(type(gen).__name__, list(gen), list(gen))

def nested():
    n = 3
    return [[i * j for j in range(n)] for i in range(n)]
print(nested())

def uses_walrus():
    data = [1, 5, 2, 8, 3]
    big = [m for v in data if (m := v * 10) > 25]
    return big, m
print(uses_walrus())

total = 0
vals = [total := total + v for v in range(1, 6)]
print(vals, total)

try:
    exec("[(j := 1) for j in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

def closure_in_comp():
    fs = [lambda: k for k in range(3)]
    return [f() for f in fs]
print(closure_in_comp())

matrix = [[1, 2, 3], [4, 5, 6]]
flat = [v for row in matrix for v in row if v % 2]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

first_iter = [a for a in range(3)]
def first_eval():
    n = 4
    class C:
        n = 100
        vals = [i for i in range(n)]
    return C.vals
print(first_eval())
print(list(zip(*matrix)))
print({k: [v for v in range(k)] for k in range(4)})
