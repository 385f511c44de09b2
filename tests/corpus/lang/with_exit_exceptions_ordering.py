log = []
class Res:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"enter failed: {self.name}")
        return self
    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} ({t.__name__ if t else '-'})")
        if self.fail_exit:
            raise ValueError(f"exit failed: {self.name}")
        return False

def run(*resources):
    log.clear()
    try:
        with resources[0], resources[1], resources[2]:
            log.append("body")
    except Exception as e:
        log.append(f"caught {type(e).__name__}: {e}")
        if e.__context__:
            log.append(f"context {type(e.__context__).__name__}: {e.__context__}")
    print(log)

run(Res("a"), Res("b"), Res("c"))
run(Res("a"), Res("b", fail_enter=True), Res("c"))
run(Res("a"), Res("b", fail_exit=True), Res("c"))
run(Res("a", fail_exit=True), Res("b", fail_exit=True), Res("c"))
run(Res("a"), Res("b"), Res("c", fail_enter=True))

class Suppress:
    def __exit__(self, t, v, tb):
        print("suppress sees", t.__name__ if t else None)
        return True
    def __enter__(self):
        return self

def f():
    with Suppress():
        with Res("inner", fail_exit=True):
            raise KeyError("original")
    return "f finished"
print(f())
print(log[-2:])

class ExitReturnsTruthy:
    def __enter__(self): return 1
    def __exit__(self, *a):
        return "yes"
with ExitReturnsTruthy() as v:
    raise IndexError
print("truthy non-bool suppresses too", v)
