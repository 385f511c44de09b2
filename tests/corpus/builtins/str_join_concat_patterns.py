parts = ["alpha", "beta", "gamma"]
print(", ".join(parts), "".join(parts), "\n".join(parts).count("\n"), " | ".join(p.upper() for p in parts))
print("-".join("abc"), "".join(reversed(parts)), "+".join(map(str, range(5))), "".join([]), ",".join(["one"]))
print("".join(sorted("hello")), " ".join(w.capitalize() for w in "the quick brown fox".split()))
result = ""
for p in parts:
    result += p[0]
print(result, result * 2, "=" * 20)
print("a" + "b" + "c", "%s%s" % ("x", "y"), "{}{}".format("p", "q"), f"{'m'}{'n'}", "".join(("t", "u")))
nums = [1.5, 2, 3j]
print(" ".join(map(str, nums)), ",".join(repr(n) for n in nums), "\t".join(["tab", "sep"]))
for bad in [lambda: ", ".join([1, 2]), lambda: "".join(None), lambda: "".join([b"x"]), lambda: "-".join(["a", None])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(str.join("/", ["usr", "local", "bin"]), "/".join(["", "root", ""]), "::".join(["a"] * 3))
table = [["id", "name"], ["1", "ann"], ["22", "bob"]]
widths = [max(len(r[i]) for r in table) for i in range(2)]
for row in table:
    print(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)))
print("".join(c for c in "a1b2c3" if c.isdigit()), "".join(ch * 2 for ch in "abc"))
print(len("".join(str(i) for i in range(100))), "".join(chr(65 + i % 26) for i in range(30)))
