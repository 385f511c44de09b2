def f1():
    try:
        return "try"
    finally:
        print("  finally f1")

def f2():
    try:
        return "try"
    finally:
        return "finally overrides"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows exception"

def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("  body", i)
        finally:
            print("  finally", i)
    return i

def f5():
    x = "initial"
    try:
        return x
    finally:
        x = "changed"

def f6():
    out = []
    for i in range(3):
        try:
            try:
                out.append(f"t{i}")
                if i == 1:
                    raise KeyError(i)
            finally:
                out.append(f"f{i}")
        except KeyError:
            out.append("handled")
        else:
            out.append("else")
    return out

def f7():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"

def f8():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return f"continued past exceptions, i={i}"

for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
    print(fn.__name__, "->", fn())

def order():
    events = []
    try:
        events.append("try")
        raise IndexError
    except IndexError:
        events.append("except")
        return events
    else:
        events.append("else")
    finally:
        events.append("finally")
print(order())
