def stepped(start, stop, step):
    r = range(start, stop, step)
    print(f"range({start}, {stop}, {step}) -> {list(r)} len={len(r)}")
    return r

stepped(0, 10, 3)
stepped(10, 0, -4)
stepped(5, 5, 1)
stepped(-3, 3, 2)
r = stepped(0, 100, 7)
print(r[3], r[-1], r[2:5], 49 in r, r.index(63), r.count(0))
print(list(range(3)), list(range(2, -2, -1)), sum(range(1, 101)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("caught:", e)
try:
    range(1.0)
except TypeError as e:
    print("caught:", e)
steps = [2, 1, 0]
for s in steps:
    stepped(0, 4, s)
