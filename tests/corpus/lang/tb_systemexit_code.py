import sys

def check(args):
    if not args:
        print("usage: prog FILE")
        sys.exit(2)
    return args

for attempt in ([], ["x"]):
    try:
        print("checked:", check(attempt))
    except SystemExit as e:
        print("caught SystemExit, code =", e.code, "args =", e.args)

try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("string code:", repr(e.code))
try:
    exit_code = SystemExit(0)
    raise exit_code
except SystemExit as e:
    print("zero:", e.code, isinstance(e, Exception), isinstance(e, BaseException))

def cleanup_demo():
    try:
        sys.exit(7)
    finally:
        print("finally runs before exit")

try:
    cleanup_demo()
except SystemExit as e:
    print("propagated code", e.code)

print("about to exit with 3", flush=True)
raise SystemExit(3)
