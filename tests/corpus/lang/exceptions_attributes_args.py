e = ValueError("msg", 2, [3])
print(e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(ValueError("one")), str(ValueError("one")))
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
print(str(IndexError(5)), repr(Exception(None)), str(Exception(None)))
e.args = ("replaced",)
print(e, e.args)
e.args = [1, 2]
print(e.args, type(e.args).__name__)

class MyError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail
err = MyError(404, "not found")
print(err, repr(err), err.args, err.code, err.detail)

class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
ns = NoSuper(1, 2)
print(repr(ns), ns.args, str(ns))

class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr(1)), repr(WithStr(1)))

s = StopIteration(7)
print(s.value, StopIteration().value, s.args)
x = SystemExit(3)
print(x.code, SystemExit().code, SystemExit(1, 2).code)
o = OSError(2, "No such file", "name.txt")
print(o.errno, o.strerror, o.filename, type(o).__name__, str(o))
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__, type(OSError("plain")).__name__)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason)
print(u)
se = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset)
print(str(se))
ne = NameError("n", name="foo")
print(ne.name, AttributeError("a", name="attr", obj=5).obj)
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise MyError(1, "d")
except MyError as caught:
    print(type(caught.__traceback__).__name__, caught.__traceback__.tb_lineno)
try:
    BaseException(a=1)
except TypeError as te:
    print(type(te).__name__, te)
