def show(label, eg):
    if eg is None:
        print(label, None)
    else:
        print(label, type(eg).__name__, repr(eg.message), [repr(e) for e in eg.exceptions])

eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    raise eg
except* ValueError as g:
    show("value handler:", g)
except* (TypeError, KeyError) as g:
    show("type/key handler:", g)

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), OSError(3)])])
    except* TypeError as g:
        show("types:", g)
except ExceptionGroup as rest:
    show("unhandled rest:", rest)
    show("nested:", rest.exceptions[1])

try:
    raise ValueError("naked")
except* ValueError as g:
    show("naked wrapped:", g)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("from handler")
except Exception as e:
    print(type(e).__name__, repr(e.exceptions) if hasattr(e, 'exceptions') else e)
    print("context:", repr(e.exceptions[0].__context__) if hasattr(e, 'exceptions') else None)

def handled_count():
    count = 0
    try:
        raise ExceptionGroup("many", [ZeroDivisionError(), ZeroDivisionError(), IndexError()])
    except* ZeroDivisionError as g:
        count += len(g.exceptions)
    except* IndexError as g:
        count += 100
    return count
print(handled_count())

for bad in ["try:\n    pass\nexcept* ExceptionGroup:\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n"]:
    try:
        compile(bad, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    try:
        raise TypeError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
