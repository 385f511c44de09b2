def read_records(lines):
    for lineno, line in enumerate(lines, 1):
        name, _, value = line.partition(":")
        yield lineno, name.strip(), float(value)

def running_total(records):
    total = 0.0
    for lineno, name, value in records:
        total += value
        yield name, total

lines = ["apples: 1.5", "pears: 2.25", "plums : 0.25"]
for name, total in running_total(read_records(lines)):
    print(f"{name:8} {total:6.2f}")

gen = read_records(["a: 1", "b: 2"])
print(next(gen), next(gen), next(gen, "done"))

lines.append("kiwis: two")
summary = dict(running_total(read_records(lines)))
print(summary)
