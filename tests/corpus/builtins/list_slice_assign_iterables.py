base = list(range(6))
for label, value in [("tuple", (9, 9)), ("str", "xy"), ("range", range(3)), ("gen", (c for c in "pq")),
                     ("set", {7}), ("dict", {"k": 1}), ("bytes", b"AB"), ("empty", [])]:
    lst = base[:]
    lst[1:3] = value
    print(f"{label:6} {lst}")
for label, value in [("int", 5), ("None", None), ("float", 1.5)]:
    lst = base[:]
    try:
        lst[1:3] = value
    except TypeError as e:
        print(f"{label:6} TypeError: {e}")
ext = base[:]
ext[::2] = "abc"
print(ext)
try:
    ext[::2] = "ab"
except ValueError as e:
    print(type(e).__name__, e)
try:
    ext[::2] = (x for x in "abcd")
except ValueError as e:
    print(type(e).__name__, e)
rev = base[:]
rev[::-2] = [10, 30, 50]
print(rev)
grow = [1, 2]
grow[5:10] = [8, 9]
print(grow)
shrink = list(range(10))
shrink[2:8] = []
print(shrink)
selfref = [1, 2, 3]
selfref[::-1] = selfref
print(selfref)
neg = list(range(5))
neg[-2:] = "Z"
neg[:-3] = ()
print(neg)
