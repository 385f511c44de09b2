class Settings:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        return f"Settings({', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))})"

s = Settings(host="localhost", port=8080)
print(s)
for name in ("host", "port", "debug"):
    print(name, getattr(s, name, "<unset>"), hasattr(s, name))
setattr(s, "debug", False)
print(s, s.debug)
delattr(s, "debug")
print(s, hasattr(s, "debug"))
keys = ["host", "port"]
print({k: getattr(s, k) for k in keys})
try:
    getattr(s, "timeout")
except AttributeError as e:
    print("caught:", e)
keys.append("timeout")
print({k: getattr(s, k) for k in keys})
