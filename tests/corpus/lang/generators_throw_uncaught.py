def reader(lines):
    for n, line in enumerate(lines, 1):
        try:
            yield line.strip()
        except ValueError as e:
            print(f"  reader: skipping line {n} because {e}")

r = reader(["a\n", "b\n", "c\n", "d\n"])
print(next(r))
print(r.throw(ValueError("bad a")))
print(next(r))

def strict_reader(lines):
    for line in lines:
        value = yield line
        if value == "stop":
            return "stopped early"

s = strict_reader(["x", "y", "z"])
print(next(s), s.send(None))
try:
    s.send("stop")
except StopIteration as e:
    print("return value:", e.value)

def consumer():
    total = 0
    while True:
        item = yield total
        total += item

c = consumer()
next(c)
print(c.send(5), c.send(10))
c.throw(TypeError("unsupported item"))
