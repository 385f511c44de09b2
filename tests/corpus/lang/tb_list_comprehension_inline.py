def parse_all(lines):
    return [int(line.split("=")[1]) for line in lines]

def totals(groups):
    return {name: sum(parse_all(lines)) for name, lines in groups.items()}

data = {
    "first": ["a=1", "b=2", "c=3"],
    "second": ["x=10", "y=20"],
}
print(parse_all(data["first"]))
print(totals(data))
squares = [n * n for n in range(6)]
print(squares)
pairs = [(a, b) for a in range(3) for b in "xy"]
print(pairs)
nested = [[c for c in word] for word in ["hi", "yo"]]
print(nested)
data["third"] = ["p=5", "q=oops", "r=7"]
print(sorted(data))
print(totals(data))
