people = [
    {"name": "ann", "age": 31},
    {"name": "bob", "age": 25},
    {"name": "cy", "age": 40},
]
by_age = sorted(people, key=lambda p: p["age"])
print([p["name"] for p in by_age])
by_name_len = sorted(people, key=lambda p: (len(p["name"]), p["name"]))
print([p["name"] for p in by_name_len])
oldest = max(people, key=lambda p: p["age"])
print(oldest)
ages = list(map(lambda p: p["age"] * 12, people))
print(ages)
adults = list(filter(lambda p: p["age"] > 30, people))
print(adults)
people.append({"name": "dee"})
print(len(people))
scale = lambda v: v * 2
print(scale(21), scale.__name__)
print(sorted(people, key=lambda p: p["age"]))
