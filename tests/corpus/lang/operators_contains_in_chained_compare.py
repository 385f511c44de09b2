vowels = "aeiou"
words = ["apple", "sky", "queue", "rhythm"]
print([w for w in words if any(c in vowels for c in w)])
print(["a" in w in words for w in words])
x = 3
print(1 < x in [3, 4], 1 < x not in [3], x in range(5) in [range(5)])
print("a" in "abc" in "xabcx", "z" not in "abc" not in "xyz")
class Spy:
    def __init__(self, name, items):
        self.name, self.items = name, items
    def __contains__(self, v):
        print(f"  {self.name}.__contains__({v!r})")
        return v in self.items
s1, s2 = Spy("s1", [1, 2]), Spy("s2", [True])
print(1 in s1)
print((1 in s1) in s2)
print(5 in s1 in s2)
d = {"k": [1, 2]}
print("k" in d and 2 in d["k"], "q" in d or "fallback")
print(None in [None], None in (0, False, ""), 0 in (False,), "" in ("",))
print([] in [[]], () in [[]], {} in [{}], set() in [frozenset()])
print(float("nan") in [float("nan")], 1 in {1.0}, 1.0 in {1: "x"}, True in {1})
