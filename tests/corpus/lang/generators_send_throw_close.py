def accumulator():
    total = 0
    print("  started")
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  caught in generator:", e)
            total = 0
            continue
        except GeneratorExit:
            print("  GeneratorExit seen, total =", total)
            raise
        if value is None:
            break
        total += value
    return f"final {total}"

g = accumulator()
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(g.send(5), g.send(10))
print(g.throw(ValueError("reset")))
print(g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(g.send.__name__, next(g, "exhausted"))

g2 = accumulator()
try:
    g2.send(1)
except TypeError as e:
    print(type(e).__name__, e)
next(g2)
g2.send(7)
g2.close()
g2.close()
print("closed twice ok")

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g3 = ignores_exit()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def simple():
    yield 1
g4 = simple()
try:
    g4.throw(KeyError("before start"))
except KeyError as e:
    print("propagated:", repr(e))
print(list(g4))

g5 = simple()
g5.close()
print(list(g5))

def close_returns():
    try:
        yield
    finally:
        print("  finally in generator")
g6 = close_returns(); next(g6)
print(g6.close())
del g6
