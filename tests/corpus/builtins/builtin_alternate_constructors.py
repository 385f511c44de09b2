print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []), dict.fromkeys([]))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(float.fromhex("0x1.8p0"), float.fromhex("-0x1p-2"), bytes.fromhex("61 62"), bytearray.fromhex("6364"))
print(str.maketrans("ab", "AB"), str.maketrans({"x": "y"}), bytes.maketrans(b"a", b"b"))
class MyDict(dict):
    pass
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyBytes(bytes):
    pass
md = MyDict.fromkeys("ab", 1)
mi = MyInt.from_bytes(b"\x02", "big")
mf = MyFloat.fromhex("0x1p1")
mb = MyBytes.fromhex("7a")
print(type(md).__name__, md, type(mi).__name__, mi, type(mf).__name__, mf, type(mb).__name__, mb)
print(dict.fromkeys.__self__ is dict, MyDict.fromkeys.__self__ is MyDict, type(dict.__dict__["fromkeys"]).__name__)
for bad in [lambda: dict.fromkeys(5), lambda: int.from_bytes("ab", "big"), lambda: float.fromhex("xyz"),
            lambda: bytes.fromhex("6"), lambda: int.from_bytes(b"\x00", "sideways"), lambda: dict.fromkeys()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({}.fromkeys("q"), (5).from_bytes(b"\x03", "big"), (1.0).fromhex("0x2p0"), b"".fromhex("41"))
print(int.from_bytes([1, 2], "big"), int.from_bytes(bytearray([255, 255]), "little", signed=True))
