def show(label, exc):
    def fmt(e, depth=0):
        pad = "  " * depth
        if isinstance(e, BaseExceptionGroup):
            lines = [f"{pad}{type(e).__name__}({e.message!r})"]
            for sub in e.exceptions:
                lines.extend(fmt(sub, depth + 1))
            return lines
        return [f"{pad}{e!r}"]
    print(label)
    for line in fmt(exc):
        print("  " + line)

def raise_tree():
    raise ExceptionGroup("top", [
        ValueError("v1"),
        ExceptionGroup("mid", [TypeError("t1"), ValueError("v2")]),
        KeyError("k1"),
    ])

try:
    try:
        raise_tree()
    except* ValueError as g:
        show("caught ValueErrors:", g)
        raise
except ExceptionGroup as whole:
    show("after bare raise in except*:", whole)

try:
    try:
        raise_tree()
    except* TypeError:
        raise RuntimeError("handler failure")
except ExceptionGroup as eg:
    show("handler raised new exception:", eg)
    print("context of new:", repr(eg.exceptions[0].__context__.exceptions if hasattr(eg.exceptions[0].__context__, 'exceptions') else eg.exceptions[0].__context__))

try:
    try:
        raise_tree()
    except* (ValueError, TypeError, KeyError):
        print("everything handled")
except ExceptionGroup:
    print("never")
print("done")
