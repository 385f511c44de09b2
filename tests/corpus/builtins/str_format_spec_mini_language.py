for spec in ["", "10", "<10", ">10", "^10", "*^10", "0>5", "=+8", ".3", "10.2", "x<4"]:
    try:
        print(f"str {spec!r:7} [{format('hello', spec)}]")
    except ValueError as e:
        print(f"str {spec!r:7} ValueError: {e}")
for spec in ["d", "5d", "05d", "+d", " d", "-d", ",d", "_d", "b", "#b", "o", "#o", "x", "#X", "c", "n",
             "=10d", "010,d", "e", ".2f", "%", "_x", "#_b", "+#x", "z"]:
    try:
        print(f"int {spec!r:7} [{format(1234, spec)}] [{format(-42, spec)}]")
    except (ValueError, OverflowError) as e:
        print(f"int {spec!r:7} {type(e).__name__}: {e}")
print(format(65, "c"), format(0x1F600, "c"), format(True, "d"), format(True, ""), format(True, "^6"))
for bad in [(1.5, "d"), ("s", "d"), (10, "s"), (1, ",_"), (1, "c."), (-1, "c"), ([], "x")]:
    try:
        format(*bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(format(1234567.25, ",.1f"), format(1234567, "_"), format(-1234567, "020,"), format(0.5, "=+10.1%"))
print(format(12, "#010b"), format(-12, "#010x"), format(255, "08_X"))
print(format("x", "\u00b7^9"), format(3.5, "\U0001F600>6"), format("abc", ".1"), format("abc", "<.2"))
print(format(-0.0, "+"), format(0, "+"), format(-1, " "), format(1e6, ","), format(1e6, "_g"))
