import sys

log = []
def step(n):
    log.append(n)
    print("step", n)
    if n == 3:
        sys.exit(0)
    return n * 10

class Guard:
    def __enter__(self):
        print("guard entered")
        return self
    def __exit__(self, t, v, tb):
        print("guard exit sees", t.__name__ if t else None, v.code if t else "")
        return False

try:
    with Guard():
        for i in range(1, 6):
            print("result", step(i))
finally:
    print("log at exit:", log)
    print("finally block still runs")
print("never printed")
