def check(x):
    match x:
        case True:
            return "True (identity)"
        case 1:
            return "equals 1"
        case 0.5:
            return "half"
        case -0.0:
            return "zero-ish"
        case None:
            return "None"
        case False:
            return "False"
        case _:
            return "other"

for v in [True, 1, 1.0, 0.5, 0, 0.0, -0.0, False, None, 2]:
    print(repr(v), "->", check(v))

class AlwaysEqual:
    def __eq__(self, other):
        return True
print(check(AlwaysEqual()))

def complex_literals(z):
    match z:
        case 1 + 2j:
            return "one plus two j"
        case -3j:
            return "negative imaginary"
        case -1 - 1j:
            return "minus one minus j"
        case _:
            return "no"
print([complex_literals(z) for z in (1 + 2j, -3j, -1 - 1j, 0j)])

def strings(s):
    match s:
        case "a" "b":
            return "implicit concatenation ab"
        case "":
            return "empty"
        case str() if s.isdigit():
            return "digits"
        case _:
            return "other"
print([strings(s) for s in ("ab", "", "123", "x")])
match range(3):
    case [0, 1, 2]:
        print("range matches as a sequence")
match 5:
    case 1 | 2 | 3 | 4:
        print("no")
    case 5 | 6:
        print("alternatives with literals")
for src in ["match x:\n    case 1 + 1:\n        pass\n", "match x:\n    case f():\n        pass\n", "match x:\n    case a.b():\n        pass\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
