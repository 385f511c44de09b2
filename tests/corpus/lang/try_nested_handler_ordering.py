trail = []
def step(name, fail=None):
    trail.append(name)
    if fail:
        raise fail

def scenario(fail_at):
    trail.clear()
    try:
        step("outer-try")
        try:
            step("inner-try", ValueError("inner") if fail_at == "inner" else None)
        except ValueError:
            step("inner-except", KeyError("from inner handler") if fail_at == "handler" else None)
        else:
            step("inner-else", TypeError("from else") if fail_at == "else" else None)
        finally:
            step("inner-finally", IndexError("from finally") if fail_at == "finally" else None)
        step("after-inner")
    except KeyError as e:
        step(f"outer-except-KeyError({e.args[0]})")
    except (TypeError, IndexError) as e:
        step(f"outer-except-{type(e).__name__}")
        if e.__context__:
            step(f"context={type(e.__context__).__name__}")
    finally:
        step("outer-finally")
    return list(trail)

for where in (None, "inner", "handler", "else", "finally"):
    print(f"{where!s:8}", scenario(where))

def handler_order():
    try:
        raise FileNotFoundError("f")
    except OSError:
        return "OSError handler listed first wins"
    except FileNotFoundError:
        return "never"
print(handler_order())
