data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

values = iter([5, 3, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print("stopped at", v)

print([y for x in data if (y := x * 2) > 6])
print(y)
print((total := sum(data)), total / len(data))

def f(x):
    return (r := x + 1) * r
print(f(3))

print([(last := i) for i in range(3)], last)
print({k: (sq := k * k) for k in range(3)}, sq)

z = (a := 1, b := 2)
print(z, a, b)

def closure():
    items = [lambda: (w := 10) for _ in range(1)]
    return items[0]()
print(closure())

print(f"{(fx := 7)}", fx)

bad_sources = [
    "x := 5",
    "(a.b := 1)",
    "(x[0] := 1)",
    "[i := 0 for i in range(3)]",
    "def f(a := 1): pass",
    "class C:\n    [(q := 1) for _ in range(1)]",
    "(lambda: (yield := 1))",
]
for src in bad_sources:
    try:
        compile(src, "<w>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

def outer():
    [inner_var := 99 for _ in range(1)]
    return inner_var
print(outer())
if any((hit := x) > 8 for x in data):
    print("first > 8:", hit)
print(not (flag := False), flag)
