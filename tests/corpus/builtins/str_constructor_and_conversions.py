print(str(), str(1), str(1.5), str(-0.0), str(1e100), str(True), str(None), str([1, "a"]), str({"k": (1,)}))
print(str(b"bytes"), str(b"bytes", "ascii"), str(bytearray(b"ba"), "utf-8"), str(memoryview(b"mv"), "utf-8"))
print(str(object=5), str(object="x"), str(encoding="utf-8", object=b"y"))
for args, kw in [((b"\xff", "utf-8"), {}), ((1, "utf-8"), {}), (("x", "utf-8"), {}), ((), {"bogus": 1}), ((b"a", 5), {})]:
    try:
        print(str(*args, **kw))
    except (UnicodeDecodeError, TypeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "from __str__"
class R:
    def __repr__(self):
        return "from __repr__"
print(str(S()), str(R()), repr(S()) != "from __str__", f"{S()}", "%s" % R())
class Sub(str):
    pass
s = Sub("sub")
print(str(s), type(str(s)).__name__, type(s).__name__, s == "sub", isinstance(s, str))
print(str(1 / 3), str(10 ** 20), str(2 ** 64 * -1), str(1j), str(range(3)), str(slice(1)))
print(str(int), str(len), str(print)[:20], str(...), str(NotImplemented))
print(int(str(12345)), float(str(0.1)), complex(str(1 + 2j)), eval(str([1, 2])), list(str(123)))
print(str.__new__(str, "direct"), str.__new__(Sub, "x").__class__.__name__)
print(len(str(2 ** 1000)), str(0.1 + 0.2), str(-1e-7), str(123456789012345678.0))
