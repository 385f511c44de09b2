def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        if n > 100:
            kind = "big even"
        else:
            kind = "even"
    else:
        kind = "odd"
    return kind

print([classify(v) for v in (-3, 0, 4, 7, 200)])

def stub():
    pass
def stub2():
    ...
class Empty:
    pass
class Doc:
    "only a docstring"
print(stub(), stub2(), Empty.__doc__, Doc.__doc__)

if True: print("single-line if")
for i in range(2): print("single-line for", i)
while False: pass
x = 0
if x: print("no")
elif not x: print("elif on one line")

def truthy_tests():
    out = []
    for v in [0, 1, "", "a", [], [0], None, 0.0, 1j, {}, set(), ()]:
        if v:
            out.append("T")
        else:
            out.append("F")
    return "".join(out)
print(truthy_tests())

if (n := 5) > 3 and (m := n * 2):
    print("both assigned", n, m)
if x == 0 or undefined_name_never_evaluated:
    print("short circuit protects undefined name")
value = ...
if value is Ellipsis:
    print("ellipsis is a singleton", type(...).__name__)
if []:
    pass
elif {}:
    pass
else:
    print("fell through to else")
try:
    compile("if x:\npass", "<s>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    compile("else:\n    pass", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
