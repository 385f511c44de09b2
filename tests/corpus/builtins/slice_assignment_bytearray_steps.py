ba = bytearray(b"0123456789")
ba[::2] = b"abcde"
print(ba)
ba[1::2] = bytes(range(65, 70))
print(ba)
ba[::-1] = ba
print(ba)
try:
    ba[::3] = b"xy"
except ValueError as e:
    print(type(e).__name__, e)
ba[2:2] = b"INSERTED"
print(ba, len(ba))
del ba[::4]
print(ba)
del ba[2:10]
print(ba)
ba[:0] = b">>"
ba[len(ba):] = b"<<"
print(ba)
ba[1:3] = []
print(ba)
ba[0:1] = bytearray(b"[") + b"]"
print(ba)
for bad in [lambda: ba.__setitem__(slice(0, 1), "str"), lambda: ba.__setitem__(slice(0, 1), [300]),
            lambda: ba.__setitem__(slice(0, 1), 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ba[0:2] = [3]
print(ba[:5], len(ba))
mv = memoryview(bytearray(b"abcdef"))
mv[::2] = b"XYZ"
print(mv.tobytes(), mv.obj)
