cases = [
    "'a' + 1", "1 + 'a'", "'a' - 'b'", "'ab' * 'c'", "'ab' * 2.0", "[1] + (2,)",
    "(1,) + [2]", "{1} + {2}", "{'a': 1} + {'b': 2}", "None + None", "1 < 'a'",
    "[] < ()", "{} < {}", "None < 0", "'a' @ 'b'", "[1] * [2]", "b'a' + 'a'",
    "'a' + b'a'", "3 % [1]", "'%d' % 'x'", "-'a'", "~[]", "len(5)", "1 ** 'x'",
    "divmod('a', 2)", "'abc' / 2", "[1, 2] - [1]", "range(3) + range(2)",
]
for expr in cases:
    try:
        result = eval(expr)
        print(f"{expr:24} = {result!r}")
    except TypeError as e:
        print(f"{expr:24} TypeError: {e}")
print("a" * 0, "a" * -1, [0] * 3, (1, 2) * 2, b"ab" * 2, 2 * "xy")
print("%s and %r" % ("s", "r"), "%d%%" % 50, "%5.2f|" % 3.14159, "%-5s|" % "ab")
print(3 * [None], ["a"] * 2 + ["b"], "-" * 10)
print(True + "a" if False else "bool str mix skipped", 1.5 * 2, 2 ** 0.5 * 2)
print("a" < "b", [1] < [1, 0], (2,) > (1, 9), "Z" < "a", b"a" < b"b")
print([1] + [2], (1,) + (2,), "a" + "b", b"a" + b"b", bytearray(b"a") + b"b")
print([1, 2] == [1, 2.0], "1" == 1, [] == (), 1 == 1.0 + 0j)
