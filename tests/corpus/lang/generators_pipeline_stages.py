def read(lines):
    for line in lines:
        print(f"  read {line!r}")
        yield line

def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].strip()
        if code:
            yield code

def tokens(lines):
    for line in lines:
        yield from line.split()

def numbers(toks):
    for t in toks:
        try:
            yield int(t)
        except ValueError:
            print(f"  skip {t!r}")

source = ["1 2 # one two", "# only comment", "  3 x 4  ", "", "5"]
pipeline = numbers(tokens(strip_comments(read(source))))
print(type(pipeline).__name__)
print("first:", next(pipeline))
print("rest:", list(pipeline))

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def squares(it):
    return (x * x for x in it)

print(list(take(5, squares(naturals()))))
print(sum(take(100, naturals())))

def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))

def batched(it, n):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched("abcdefg", 3)))
