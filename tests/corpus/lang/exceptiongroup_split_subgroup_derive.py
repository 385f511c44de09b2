class Tagged(ExceptionGroup):
    def derive(self, excs):
        print("  derive called with", [repr(e) for e in excs])
        return Tagged(self.message + "*", excs)
    def __repr__(self):
        return f"Tagged({self.message!r}, {list(self.exceptions)!r})"

eg = ExceptionGroup("root", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(KeyError)))
print(eg.subgroup(OSError))
print(repr(eg.split(lambda e: isinstance(e, LookupError))[0]))
print(eg.subgroup(lambda e: True) is eg)
print(repr(eg.split(Exception)))

t = Tagged("tg", [ValueError(1), TypeError(2)])
m, r = t.split(TypeError)
print(type(m).__name__, repr(m), repr(r))

eg.add_note("root note")
eg.__cause__ = RuntimeError("cause")
m, r = eg.split(TypeError)
print(m.__notes__, repr(m.__cause__), m.__traceback__)

for args in [("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__)
auto = BaseExceptionGroup("auto", [ValueError()])
print(type(auto).__name__)
try:
    ExceptionGroup("e", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(str(eg), eg.message, len(eg.exceptions))
print(str(ExceptionGroup("one", [ValueError()])))
print(repr(ExceptionGroup("x", (ValueError("a"),))))
d = eg.derive([IndexError()])
print(repr(d), getattr(d, '__notes__', None))
