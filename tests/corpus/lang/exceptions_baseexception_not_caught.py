class Abort(BaseException):
    pass

def work(kind):
    try:
        if kind == "abort":
            raise Abort("stop everything")
        if kind == "exit":
            raise SystemExit(4)
        if kind == "gen":
            raise GeneratorExit
        raise ValueError("ordinary")
    except Exception as e:
        return f"handled ordinary {type(e).__name__}"

for kind in ("value", "abort", "exit", "gen"):
    try:
        print(kind, "->", work(kind))
    except BaseException as e:
        print(kind, "-> escaped Exception handler:", type(e).__name__, e.args)

def bare_except():
    try:
        raise Abort("caught by bare except")
    except:
        import sys
        return f"bare except got {type(sys.exception()).__name__}"
print(bare_except())

print(issubclass(Abort, Exception), issubclass(Abort, BaseException))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("never")
    finally:
        print("finally runs for BaseException too")
except KeyboardInterrupt:
    print("outer caught KeyboardInterrupt")

eg = BaseExceptionGroup("mixed", [Abort("a"), ValueError("v")])
print(type(eg).__name__, type(eg.subgroup(ValueError)).__name__)
try:
    try:
        raise eg
    except* ValueError as g:
        print("except* ValueError:", [repr(x) for x in g.exceptions])
except BaseExceptionGroup as rest:
    print("rest:", type(rest).__name__, [repr(x) for x in rest.exceptions])
print(repr(Abort()), str(Abort("x", 1)))
