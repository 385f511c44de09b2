measurements = [1.234, 5.678, float("inf"), 2.5, 3.5]
finite = [m for m in measurements if m != float("inf")]
print([round(m) for m in finite], [round(m, 1) for m in finite])
print(round(sum(finite) / len(finite), 3))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2))
print(round(float("inf"), 1), round(float("nan"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("caught:", e)
cleaned = []
for m in measurements:
    try:
        cleaned.append(round(m))
    except OverflowError:
        cleaned.append(None)
print(cleaned)
nan = float("inf") - float("inf")
print(nan != nan, repr(nan))
samples = [1.49, 1.5, 1.51, nan]
print([round(s, 1) for s in samples])
print([round(s) for s in samples])
