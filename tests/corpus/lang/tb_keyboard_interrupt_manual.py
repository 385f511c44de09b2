def worker(items):
    done = []
    for item in items:
        if item == "stop":
            raise KeyboardInterrupt
        done.append(item.upper())
        print("processed", item)
    return done

print(worker(["a", "b"]))
try:
    worker(["c", "stop", "d"])
except Exception:
    print("not caught by Exception")
except KeyboardInterrupt as e:
    print("caught KeyboardInterrupt", repr(e), isinstance(e, Exception))

try:
    try:
        raise KeyboardInterrupt("with message")
    finally:
        print("finally during interrupt")
except BaseException as e:
    print(type(e).__name__, e)

print(worker(["x", "y", "stop"]))
