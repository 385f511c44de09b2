def chunks(seq, n):
    it = iter(seq)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                break
        if not chunk:
            return
        yield chunk

print(list(chunks(range(7), 3)))
print(list(chunks("abcd", 2)), list(chunks([], 5)))
header_and_rows = iter(["id,name", "1,ann", "2,bob"])
header = next(header_and_rows).split(",")
rows = [dict(zip(header, line.split(","))) for line in header_and_rows]
print(header, rows)
empty = iter([])
print(next(empty, "default used"))
stream = iter(["only"])
first = next(stream)
print("first:", first)
second = next(stream)
print("second:", second)
