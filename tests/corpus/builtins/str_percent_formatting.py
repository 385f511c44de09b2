print("%s|%r|%a" % ("é", "é", "é"))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%08.3f" % -3.14159)
print("%e %E %.2e %g %G %.3g" % (12345.678, 12345.678, 0.000123, 1e-5, 1e20, 2 / 3))
print("%c%c%c" % (72, "i", 33), "%5.1s|" % "abc", "%.2s" % "abcdef", "%-6r|" % "x")
print("%(name)s is %(age)d" % {"name": "ann", "age": 30}, "%(a)s %(a)r" % {"a": "x"})
print("%%d literal %d" % 5, "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", ("b",)))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%d" % 3.99, "%x" % True, "%s" % None, "%r" % None, "%d" % -0.5, "%.0f" % 2.5, "%i" % 10 ** 20)
errors = ["'%d' % 'x'", "'%d %d' % (1,)", "'%d' % (1, 2)", "'%z' % 1", "'%(k)s' % {}", "'%(k)s' % (1,)",
          "'%c' % 'ab'", "'%c' % -1", "'%x' % 1.5", "'%' % ()", "'%s %(a)s' % {'a': 1}", "'%*d' % ('a', 1)",
          "'%c' % 0x110000", "'%d' % []"]
for expr in errors:
    try:
        print(expr, "->", repr(eval(expr)))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(f"{expr:24} {type(e).__name__}: {e}")
print("%s" % {"k": 1}, "no args" % (), "%s" % "%s", "%-10.3f|" % 2.0)
print("%#.0f %#g %#x" % (3, 1.0, 0), "%+.1e" % -0.0, "%.3r" % "abcdef")
print("%s %s %s" % (True, 1.0, 2j), "%d %d" % (True, False), "%.3s|%5.2s|" % ("abcdef", "xyz"))
print("%(x)s-%(x)s-%(y)d" % {"x": "X", "y": 7}, "%(0)s" % {"0": "zero"})
