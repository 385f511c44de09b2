people = [("ann", "eng", 31), ("bob", "ops", 25), ("cy", "eng", 40), ("dee", "sales", 25), ("eve", "ops", 35)]
by_dept = {}
for name, dept, age in people:
    by_dept.setdefault(dept, []).append(name)
print(by_dept)
ages = {name: age for name, _, age in people}
print(sorted(ages.items(), key=lambda kv: kv[1]))
print(sorted(ages.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(ages, key=ages.get, reverse=True)[:2], max(ages, key=ages.get), min(ages.values()))
inverted = {}
for name, age in ages.items():
    inverted.setdefault(age, []).append(name)
print(dict(sorted(inverted.items())))
simple_inverse = {v: k for k, v in ages.items()}
print(simple_inverse)
counts = {}
for _, dept, _ in people:
    counts[dept] = counts.get(dept, 0) + 1
print(counts, sorted(counts, key=lambda d: (-counts[d], d)))
avg = {d: sum(ages[n] for n in names) / len(names) for d, names in by_dept.items()}
print(avg)
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}}
print({outer: sum(inner.values()) for outer, inner in nested.items()})
print([(o, i, v) for o, d in nested.items() for i, v in d.items()])
flat = {f"{o}.{i}": v for o, d in nested.items() for i, v in d.items()}
print(flat, dict(sorted(flat.items(), reverse=True)))
print(dict.fromkeys(sorted({d for _, d, _ in people}), 0))
