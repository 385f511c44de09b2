text = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "\n\n".splitlines(True))
print("trailing\n".splitlines(), "x\r\n\r\ny".splitlines(), "x\n\ry".splitlines())
print("x\r\ny".splitlines(True), "x\ry".split("\n"))
print(b"a\nb\r\nc\rd\x0be".splitlines(), b"a\r\nb".splitlines(keepends=True))
for line in "first\nsecond\n\nfourth".splitlines():
    print(repr(line), len(line))
print(len("x\x85y".splitlines()), len(b"x\x85y".splitlines()))
lines = "a = 1\n# comment\n\nb = 2\n".splitlines()
print([l for l in lines if l and not l.startswith("#")])
print("\r\n".join(["a", "b"]).splitlines(), "|".join("a\nb".splitlines(True)))
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("abc".splitlines(0), "a\nb".splitlines(keepends=1))
print("x\u2028y".split(), "x\u2028y".splitlines(), "x\x0cy".split(), repr("\x0c"), repr("\u2028"))
print("one\ntwo".count("\n") + 1 == len("one\ntwo".splitlines()))
