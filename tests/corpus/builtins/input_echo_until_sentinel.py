lines = []
while (line := input()) != "END":
    lines.append(line)
    print(f"{len(lines):02d}| {line}")
print("collected", len(lines), "lines")
words = [w for l in lines for w in l.split()]
print("words:", len(words), "unique:", len(set(words)))
freq = {}
for w in words:
    freq[w.lower()] = freq.get(w.lower(), 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
rest = []
try:
    while True:
        rest.append(input())
except EOFError:
    print("after END:", rest)
print(max(lines, key=len), min(lines, key=len))
print([l.upper() for l in lines if l.startswith("the")])
longest = max(words, key=len)
print(longest, len(longest))
