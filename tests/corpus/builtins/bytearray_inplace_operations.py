ba = bytearray(b"abc")
ident = id(ba)
ba += b"def"
ba *= 2
print(ba, id(ba) == ident)
ba[:] = b"reset"
print(ba, len(ba))
ba.extend(range(65, 68))
ba.extend(bytearray(b"!"))
ba.extend(iter([63]))
print(ba)
for bad in [lambda: ba.extend([256]), lambda: ba.extend(["a"]), lambda: ba.extend(5), lambda: ba.__iadd__("str")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ba)
print(ba.upper(), ba.replace(b"e", b"E"), ba.title(), type(ba.upper()).__name__)
ba2 = bytearray(b"hello world")
ba2[0:5] = ba2[0:5].upper()
ba2[6:] = bytes(reversed(ba2[6:]))
print(ba2)
del ba2[5]
del ba2[-3:]
print(ba2)
ba2.insert(2, ord("-"))
ba2.insert(-1, 95)
print(ba2, ba2.find(b"-"), ba2.rfind(b"_"), ba2.count(b"L"))
ba3 = bytearray(5)
for i in range(5):
    ba3[i] = i * 50
print(ba3, list(ba3), bytes(ba3).hex())
print(bytearray(b"x") == b"x", bytearray(b"a") < b"b", b"a" + bytearray(b"b"), bytearray(b"ab") * 0)
m = bytearray(b"mutable")
view = m[1:4]
view[0] = 85
print(m, view)
print(bytearray(b"a,b").split(b","), bytearray(b" x ").strip(), bytearray(b"ab").center(6, b"*"))
