name = "world"
n = 42
pi = 3.14159265
items = ["a", "b"]
d = {"key": "value", "k2": [1, 2]}
print(f"hello {name}!")
print(f"{n} {n:5d} {n:<5}| {n:^7}| {n:#x} {n:08b}")
print(f"{pi:.2f} {pi:10.3e} {pi:g} {pi:%}")
print(f"{name!r} {name!s} {name!a} {'ü'!a}")
print(f"{n=} {pi=:.1f} {name = }")
print(f"{items[0]} {d['key']} {d["k2"][1]}")
print(f"{'nested ' + f'{n}'}")
print(f"{f'{f"{n}"}'}")
print(f"{{braces}} {{{n}}}")
print(f"{n:{'>'}{10}}|")
width = 8
print(f"{'x':*^{width}}")
print(f"{3 + 4}", f"{[x * 2 for x in range(3)]}", f"{ {'a': 1} }")
print(f"{'\n'.join(items)}")
print(f"{name.upper():>10}", f"{len(name)}")
print(f"""multi
{n}
line""")
print(f"{n if n > 10 else 0}", f"{(lambda: 'lam')()}")
print(f"{n:,}", f"{10**7:_}", f"{-5:+}", f"{5:+}", f"{5: }")
obj = object.__new__(type("X", (), {"__repr__": lambda s: "X()"}))
print(f"{obj}", f"{obj!r:>6}")
for src in ["f'{}'", "f'{!r}'", "f'{n!x}'", "f'{n'", "f'}'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
try:
    f"{n:invalid}"
except ValueError as e:
    print(type(e).__name__, e)
print(rf"raw {n}\n", fr"{name}\t")
print(f"{3.0:.0f}", f"{2.5:.0f}", f"{-0.0:.1f}", f"{1e100:.3}")
