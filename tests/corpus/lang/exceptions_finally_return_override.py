def f(mode):
    events = []
    try:
        events.append("try")
        if mode == "raise":
            raise ValueError("from try")
        if mode == "return":
            return events + ["returned from try"]
    except ValueError as e:
        events.append(f"except {e}")
        if mode == "raise":
            return events + ["returned from except"]
    else:
        events.append("else")
        return events + ["returned from else"]
    finally:
        events.append("finally")
        print("  finally sees", events)

print(f("raise"))
print(f("return"))
print(f("normal"))

def swallow_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "loop completed, exceptions discarded"
print(swallow_in_finally())

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
gf = gen_finally()
for v in gf:
    print("got", v)
    break
print("after break, closing explicitly")
gf.close()

def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            return out
        finally:
            out.append(2)
    finally:
        out.append(3)
r = nested_finally()
print(r)

def exception_replaced():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("replacement")
try:
    exception_replaced()
except TypeError as e:
    print(repr(e), repr(e.__context__))
