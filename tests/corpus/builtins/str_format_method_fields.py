print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))
print("{name} is {age}".format(name="ann", age=5), "{0[0]} {0[1]}".format("ab"))
print("{p.real} {p.imag}".format(p=3 + 4j), "{d[key]} {d[1]}".format(d={"key": "v", 1: "int key"}))
print("{0!r} {0!s} {0!a}".format("é"), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print("{{}} {{{0}}}".format("lit"), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{0:{1}}|".format("x", 4), "{:,}".format(1234567), "{:_b}".format(255), "{:#o}".format(8))
class Obj:
    attr = "attribute"
    items = ["zero", "one"]
print("{0.attr} {0.items[1]}".format(Obj()))
errors = ["'{}'.format()", "'{1}'.format('a')", "'{} {0}'.format(1, 2)", "'{0} {}'.format(1, 2)",
          "'{x}'.format(y=1)", "'{0.missing}'.format(1)", "'{0[5]}'.format('ab')", "'{'.format(1)",
          "'}'.format(1)", "'{!x}'.format(1)", "'{:d}'.format('s')", "'{0[a]}'.format({'b': 1})",
          "'{:=^}'.format('s')", "'{0!}'.format(1)"]
for expr in errors:
    try:
        print(expr, "->", repr(eval(expr)))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(f"{expr:28} {type(e).__name__}: {e}")
print("{0[-1]}".format({"-1": "string key"}), "{:s}".format("s"), "{!s:>4}".format(1))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{known} {unknown}".format_map(Default(known="K")))
print("{0:%Y}".format(type("D", (), {"__format__": lambda s, spec: f"fmt({spec})"})()))
