def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (arg, t) in enumerate(zip(args, types)):
                if not isinstance(arg, t):
                    raise TypeError(f"argument {i} of {fn.__name__} must be {t.__name__}, not {type(arg).__name__}")
            return fn(*args)
        return wrapper
    return deco

@validate(int, int)
def add(a, b):
    return a + b

@validate(str)
def shout(s):
    return s.upper() + "!"

print(add(1, 2))
print(shout("hey"))
try:
    add(1, "2")
except TypeError as e:
    print(type(e).__name__, e)

def retry(times):
    def deco(fn):
        def wrapper(*args):
            last = None
            for attempt in range(times):
                try:
                    return fn(attempt, *args)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
                    last = e
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco

@retry(3)
def flaky(attempt, goal):
    if attempt < goal:
        raise ValueError(f"not yet ({attempt})")
    return f"ok at {attempt}"

print(flaky(2))
print(flaky(5))
