e = ValueError("a", "b")
print(e.args, str(e))
e.args = ("only",)
print(e.args, str(e), repr(e))
e.args = ()
print(repr(e), repr(str(e)))
e.extra = "custom attribute"
print(e.extra, sorted(vars(e)))

class Detailed(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"E{self.code}: {self.msg}"

d = Detailed(42, "broken")
print(str(d), repr(d), d.args, d.code)
d.args = (1, "changed")
print(str(d), repr(d), d.code)
print(d.__reduce__()[0].__name__, d.__reduce__()[1])

class NoArgsInit(Exception):
    def __init__(self):
        super().__init__("fixed message")
n = NoArgsInit()
print(n.args, str(n), repr(n))
try:
    raise NoArgsInit
except NoArgsInit as caught:
    print("raised by class:", caught)

base = BaseException("x", 1)
print(base.args, str(base), base.__reduce__()[1])
print(Exception.__new__(Exception).args, Exception.__new__(Exception, 1, 2).args)
es = Exception("state")
es.__setstate__({"note": "set via setstate"})
print(es.note, es.args)
try:
    Exception().args = 5
except TypeError as err:
    print(type(err).__name__, err)
