events = [
    ("login", "ann"),
    ("purchase", "ann", 30),
    ("purchase", "bob", 5),
    ("logout", "ann"),
    ("purchase", "cy", 120),
    ("error", 500, "server"),
    ("unknown",),
]
sessions = set()
totals = {}
for event in events:
    match event:
        case ("login", user):
            sessions.add(user)
        case ("logout", user) if user in sessions:
            sessions.discard(user)
        case ("purchase", user, amount) if amount > 100:
            print(f"large purchase by {user}: {amount}")
            totals[user] = totals.get(user, 0) + amount
        case ("purchase", user, amount):
            totals[user] = totals.get(user, 0) + amount
        case ("error", int(code), msg):
            print(f"error {code}: {msg}")
        case (kind, *rest):
            print(f"unhandled {kind!r} with {rest}")
print(sorted(sessions), sorted(totals.items()))

def fizzbuzz(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FizzBuzz"
        case (0, _):
            return "Fizz"
        case (_, 0):
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 16)))

def count_types(items):
    counts = {}
    for item in items:
        match item:
            case bool():
                key = "bool"
            case int() | float():
                key = "number"
            case str() | bytes():
                key = "text"
            case [] | ():
                key = "empty sequence"
            case [*_]:
                key = "sequence"
            case {}:
                key = "mapping"
            case _:
                key = "other"
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items())
print(count_types([1, 2.5, True, "s", b"b", [], (), [1], (1, 2), {}, {"a": 1}, None, {1}]))
