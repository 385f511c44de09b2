def run(fail_in):
    events = []
    try:
        try:
            events.append("try")
            if fail_in == "try":
                raise ValueError("try failed")
        except ValueError as e:
            events.append(f"except: {e}")
        else:
            events.append("else")
            if fail_in == "else":
                raise KeyError("else failed")
        finally:
            events.append("finally")
            if fail_in == "finally":
                raise IndexError("finally failed")
    except (KeyError, IndexError) as e:
        events.append(f"outer caught {type(e).__name__}; context={e.__context__!r}")
    return events

for where in (None, "try", "else", "finally"):
    print(where, run(where))

def else_not_protected():
    try:
        pass
    except ZeroDivisionError:
        return "handler"
    else:
        try:
            1 / 0
        except ZeroDivisionError:
            return "else errors are not caught by the same try's handlers"
print(else_not_protected())

def finally_sees_exception():
    import sys
    try:
        try:
            raise TypeError("t")
        finally:
            print("  in finally:", repr(sys.exception()))
    except TypeError:
        pass
    try:
        pass
    finally:
        print("  clean finally:", sys.exception())
finally_sees_exception()

def return_value_from_finally_loses_exception():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally wins"
print(return_value_from_finally_loses_exception())
