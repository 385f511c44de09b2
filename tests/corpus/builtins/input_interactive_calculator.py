def parse(line):
    parts = line.split()
    if len(parts) != 3:
        raise ValueError(f"expected 'a op b', got {line!r}")
    a, op, b = parts
    return float(a), op, float(b)

ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
results = []
while True:
    try:
        line = input("calc> ")
    except EOFError:
        print("<eof>")
        break
    if line.strip() == "quit":
        print("bye")
        break
    try:
        a, op, b = parse(line)
        result = ops[op](a, b)
        results.append(result)
        print(f"{a:g} {op} {b:g} = {result:g}")
    except KeyError as e:
        print("unknown operator", e)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print("results:", results)
print("remaining:", input(), input())
