print(b"%s %s" % (b"bytes", bytearray(b"ba")), b"%d|%5d|%-5d|%05d" % (7, 7, 7, 7))
print(b"%x %X %o %c %c" % (255, 255, 8, 65, b"B"), b"%.2f %e %g" % (3.14159, 1e-5, 2.5))
print(b"%r %a" % ("str", "é"), b"%%", b"%(k)s" % {b"k": b"mapped"})
print(b"%b" % b"raw", b"%s" % memoryview(b"mv"), b"%5s|%-5s|" % (b"ab", b"cd"))
for expr in ["b'%s' % 'text'", "b'%d' % 'x'", "b'%c' % 256", "b'%c' % b'ab'", "b'%s' % 5", "b'%z' % 1", "b'%s %s' % (b'a',)"]:
    try:
        print(expr, eval(expr))
    except (TypeError, ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)
print(bytearray(b"%d items") % 3, type(bytearray(b"%d") % 1).__name__)
class HasBytes:
    def __bytes__(self):
        return b"custom-bytes"
print(b"%s" % HasBytes(), bytes(HasBytes()))
print(b"x".hex(), b"hello".hex("-"), b"hello".hex(":", -2), bytes.fromhex("68 65 6c"), bytearray.fromhex("ff00"))
try:
    b"".hex(":", 0) if False else bytes.fromhex("0g")
except ValueError as e:
    print(type(e).__name__, e)
print(format(b"abc"), f"{b'x'}", f"{b'x'!r}", str(b"y"))
try:
    format(b"abc", "10")
except TypeError as e:
    print(type(e).__name__, e)
print(b"%-8s|" % b"left", b"%08.3f" % -1.5, b"%+d" % 5, b"%i" % True)
