config = {
    "handlers": {"start": lambda: "started", "stop": "not a function"},
    "retries": 3,
}

def dispatch(event):
    handler = config["handlers"][event]
    print(f"dispatching {event!r} to {type(handler).__name__}")
    return handler()

print(dispatch("start"))
for bad in (["x"], 5, None):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    config["retries"]()
except TypeError as e:
    print(type(e).__name__, e)
count = config["retries"]
print(count * 2)
print(dispatch("stop"))
