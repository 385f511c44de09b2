def in_function():
    values = [n for x in range(5) if (n := x * x) > 3]
    return values, n
print(in_function())

def nested_comprehension():
    result = [[(last := (i, j)) for j in range(2)] for i in range(2)]
    return result, last
print(nested_comprehension())

def in_genexpr():
    g = (y := v for v in range(3))
    total = list(g)
    return total, y
print(in_genexpr())

def in_lambda():
    f = lambda: (z := 5) + z
    return f()
print(in_lambda())

def global_walrus():
    global gw
    [gw := i for i in range(4)]
    return gw
print(global_walrus(), gw)

def nonlocal_walrus():
    box = None
    def inner():
        nonlocal box
        [box := c for c in "abc"]
    inner()
    return box
print(nonlocal_walrus())

print([m := 1, m + 1], m)
data = {"a": 1, "b": 2}
if (v := data.get("a")) is not None and (w := data.get("b")):
    print("found", v, w)
while (chunk := [x for x in range(3)][:1]) and False:
    pass
print(chunk)
print((q := 3) * q, q)
pairs = [(k, vv) for k in "ab" if (vv := data[k]) > 1]
print(pairs, vv)
for src in ["[i := 0 for i in range(2)]", "[x for x in (y := [1, 2])]",
            "def f():\n    [j for j in range(2) if (j := 1)]\n",
            "class C:\n    x = [(y := 1) for _ in range(1)]\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok:", src.splitlines()[0])
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
