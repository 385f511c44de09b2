import sys

def validate(config):
    errors = []
    for key in ("name", "port"):
        if key not in config:
            errors.append(f"missing {key}")
    return errors

configs = [
    {"name": "svc", "port": 80},
    {"name": "svc2"},
]
for c in configs:
    problems = validate(c)
    print(c, "->", problems or "ok")

try:
    sys.exit(None)
except SystemExit as e:
    print("None code:", e.code)
try:
    sys.exit(True)
except SystemExit as e:
    print("bool code:", e.code)

class Weird:
    def __str__(self):
        return "weird exit object"
try:
    raise SystemExit(Weird())
except SystemExit as e:
    print("object code:", e.code)

problems = validate({})
print("fatal problems:", problems)
sys.exit("fatal: " + ", ".join(problems))
