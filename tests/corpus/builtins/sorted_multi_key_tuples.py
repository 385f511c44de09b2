employees = [
    {"name": "ann", "dept": "eng", "salary": 120, "age": 31},
    {"name": "bob", "dept": "ops", "salary": 90, "age": 45},
    {"name": "cy", "dept": "eng", "salary": 120, "age": 28},
    {"name": "dee", "dept": "ops", "salary": 95, "age": 31},
    {"name": "eve", "dept": "eng", "salary": 150, "age": 39},
]
def names(rows):
    return [r["name"] for r in rows]
print(names(sorted(employees, key=lambda r: (r["dept"], -r["salary"], r["name"]))))
print(names(sorted(employees, key=lambda r: (r["age"], r["name"]), reverse=True)))
step1 = sorted(employees, key=lambda r: r["name"], reverse=True)
step2 = sorted(step1, key=lambda r: r["salary"])
print(names(step2))
print(sorted([(1, "b", 2.0), (1, "a", 3.0), (0, "z", 1.0)]), sorted([("x", 2), ("x", 1), ("a", 9)], key=lambda t: t[1]))
print(sorted(["b2", "a10", "a2", "b1"], key=lambda s: (s[0], int(s[1:]))))
print(sorted([[3, 1], [1, 2, 3], [1, 2]], key=len), sorted([[3, 1], [1, 2, 3], [1, 2]]))
print(sorted("The Quick brown fox".split(), key=str.casefold), sorted("bca", key=lambda c: -ord(c)))
print(sorted([-1, 3, -4, 2], key=lambda v: (abs(v), v)), sorted([0.5, -0.5, 0.0, -0.0], key=abs))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(employees, key=lambda r: r["salary"])[-1]["name"], sorted(map(lambda r: r["dept"], employees)))
