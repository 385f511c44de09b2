def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad value {n}")
    return n

def wrapper(values):
    results = []
    for v in values:
        try:
            results.append(risky(v))
        except ValueError as e:
            e.args = (e.args[0] + f" (at index {values.index(v)})",)
            raise
    return results

print(wrapper([1, 2, 4]))
try:
    wrapper([1, 3])
except ValueError as e:
    print(e, e.args)

def translate():
    try:
        {}["k"]
    except KeyError as e:
        raise LookupError(f"translated {e!r}") from e

try:
    translate()
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__)

def raise_same_instance():
    err = TypeError("shared")
    for attempt in range(2):
        try:
            raise err
        except TypeError as caught:
            print("attempt", attempt, caught is err)

raise_same_instance()

def class_vs_instance():
    for exc in (KeyError, KeyError("k"), StopIteration):
        try:
            raise exc
        except Exception as e:
            print(type(e).__name__, repr(e), e.args)
class_vs_instance()

class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)

def nested_handlers():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
        finally:
            print("  inner finally")
    except ValueError as e:
        return f"outer got {e}"
print(nested_handlers())
