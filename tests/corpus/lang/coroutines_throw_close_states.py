class Step:
    def __await__(self):
        return (yield "step")

async def task(log):
    log.append("start")
    try:
        v = await Step()
        log.append(f"got {v}")
        v = await Step()
        log.append(f"got {v}")
        return "finished"
    except KeyError as e:
        log.append(f"caught {e!r}")
        return "recovered"
    finally:
        log.append("finally")

def states(c):
    return (c.cr_running, c.cr_frame is not None, c.cr_suspended if hasattr(c, 'cr_suspended') else None)

log = []
c = task(log)
print(states(c), c.cr_await)
print(c.send(None), states(c), type(c.cr_await).__name__)
try:
    c.throw(KeyError("injected"))
except StopIteration as e:
    print("returned", e.value)
print(log, states(c))

log = []
c = task(log)
c.send(None)
c.close()
print(log, c.cr_frame)

log = []
c = task(log)
try:
    c.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted throw propagates:", e, log)

log = []
c = task(log)
c.send(None)
c.send(1)
try:
    c.send(2)
except StopIteration as e:
    print(e.value, log)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()

async def refuses_close():
    try:
        await Step()
    except GeneratorExit:
        await Step()
r = refuses_close()
r.send(None)
try:
    r.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(task).__name__, task.__code__.co_flags & 0x80 != 0)
