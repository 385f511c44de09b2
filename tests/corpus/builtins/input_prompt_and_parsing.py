n = int(input("How many? "))
print(f"reading {n} records")
records = []
for i in range(n):
    line = input(f"record {i + 1}: ")
    name, score = line.rsplit(" ", 1)
    records.append((name, int(score)))
print()
for name, score in sorted(records, key=lambda r: -r[1]):
    print(f"{name:12}{score:>5}")
print("average:", sum(s for _, s in records) / n)
matrix_size = tuple(map(int, input("size: ").split("x")))
print(matrix_size)
rows = [list(map(float, input().split(","))) for _ in range(matrix_size[0])]
print(rows, [sum(r) for r in rows])
answer = input("continue? [y/n] ").strip().lower()
print("answer:", answer, answer in ("y", "yes"))
raw = input()
print(repr(raw), raw.isspace(), len(raw))
print("done reading", len(records), "records")
