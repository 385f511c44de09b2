calls = []
def exc_types():
    calls.append("evaluated")
    return (KeyError, IndexError)

for exc in (KeyError("k"), IndexError(1), ValueError("v")):
    try:
        try:
            raise exc
        except exc_types() as e:
            print("handled", repr(e))
    except ValueError as e:
        print("outer handled", repr(e))
print(calls)

handlers = [ZeroDivisionError, ArithmeticError]
try:
    1 / 0
except handlers[1] as e:
    print("index expression as handler:", type(e).__name__)

def raising_filter():
    raise RuntimeError("filter itself failed")
try:
    try:
        raise ValueError("original")
    except raising_filter():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

try:
    try:
        raise ValueError("x")
    except (ValueError, 3):
        print("matched before bad entry")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("x")
    except (ValueError, 3):
        print("never")
except TypeError as e:
    print(type(e).__name__, e)

class NotAnException:
    pass
try:
    try:
        raise KeyError
    except NotAnException:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError
    except ():
        print("never")
except KeyError:
    print("empty tuple matches nothing")
