s = "Hello, World"
print(list(s)[:5], [c for c in s if c.isupper()], s[0], s[-1], s[7:], s[:-7], s[::3], s[::-1], s[-5:-1])
print(s[100:], s[-100:3], s[5:2], s[::-4], s[1:10:2], len(s[::2]))
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
print("".join(reversed(s)), s * 2, s + "!", "l" in s, "xyz" not in s, s.count("l"))
print(sorted(s.lower()), set("aab") == {"a", "b"}, dict.fromkeys("abc", 0), tuple("xy"))
print(max(s), min(s.strip()), sum(map(ord, "abc")), [ord(c) - ord("a") for c in "abc"])
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
it = iter("ab")
print(next(it), next(it), next(it, "end"), type(it).__name__)
print([s[i:i + 3] for i in range(0, len(s), 3)], list(zip(s, s[1:]))[:3])
print(s.__getitem__(1), s.__len__(), s.__contains__("W"), s.__add__("?"), s.__mul__(0))
a = "abc"
b = a[:]
print(a == b, a[::1] == a, a[0:3] == a)
