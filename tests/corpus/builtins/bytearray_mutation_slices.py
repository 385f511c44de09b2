ba = bytearray(b"hello world")
print(ba, len(ba), ba[0], ba[-1], ba[0:5], type(ba[0:5]).__name__)
ba[0] = ord("H")
ba[6:11] = b"WORLD"
print(ba)
ba[5:6] = b"___"
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
del ba[::3]
print(ba)
ba.append(33)
ba.extend(b"!?")
ba.extend([65, 66])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("x"))
print(ba, ba.count(b"x"), ba.find(b"!"), ba.index(b"!"))
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba, len(ba))
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x").copy())
for call in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"ab").__setitem__(slice(0, 2, 1), [1, 2, 300]),
             lambda: bytearray(b"abc").__setitem__(slice(None, None, 2), b"x"), lambda: bytearray().pop(),
             lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append("b"), lambda: hash(bytearray())]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
x = bytearray(b"abc")
x[1:2] = []
print(x, x == b"ac", x + b"!", b"!" + x, type(b"!" + x).__name__)
print(bytearray(b"Mixed Case").upper(), bytearray(b"a b").split(), bytearray.fromhex("41 42"), bytearray(b"\x01\x02").hex())
