count = int(input())
values = []
for _ in range(count):
    values.extend(float(tok) for tok in input().split())
print("values:", values)
n = len(values)
mean = sum(values) / n
ordered = sorted(values)
median = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
variance = sum((v - mean) ** 2 for v in values) / n
print(f"n={n} mean={mean:.4f} median={median} min={min(values)} max={max(values)}")
print(f"variance={variance:.4f} stdev={variance ** 0.5:.4f}")
histogram = {}
for v in values:
    bucket = int(v // 10) * 10
    histogram[bucket] = histogram.get(bucket, 0) + 1
for bucket in sorted(histogram):
    print(f"{bucket:>4}-{bucket + 9:<4} {'#' * histogram[bucket]}")
label = input("label: ")
print(repr(label), label.title())
try:
    extra = input()
    print("extra line:", repr(extra))
    input()
except EOFError:
    print("no more input")
