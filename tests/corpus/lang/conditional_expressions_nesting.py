def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"

for s in (95, 85, 75, 10, 90, 80):
    print(s, grade(s))

def sign(x):
    return -1 if x < 0 else (0 if x == 0 else 1)
print([sign(v) for v in (-5, 0, 3, -0.0, 2.5)])

calls = []
def side(v):
    calls.append(v)
    return v
r = side("yes") if side(True) else side("no")
print(r, calls)
calls.clear()
r = side("yes") if side(0) else side("no")
print(r, calls)

x = 5
y = (x if x > 3 else 0) + 1
print(y)
z = x if x > 3 else 0 + 1
print(z)
w = [i if i % 2 else -i for i in range(6)]
print(w)
v = [i for i in range(10) if i % 3 == 0 if i > 0]
print(v)
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
print("empty" if not [] else "full", "set" if {0} else "unset")
a = None
print(a.upper() if a is not None else "no value")
print(1 if True else 1 / 0)
print(0 if False else "chosen" if None is None else "never")
t = (1, 2) if x else (3, 4)
print(t)
print(f"{'big' if x > 3 else 'small'}")
def nested_cond(a, b):
    return ("both" if b else "only a") if a else ("only b" if b else "neither")
print([nested_cond(a, b) for a in (0, 1) for b in (0, 1)])
