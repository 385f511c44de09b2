import sys
a = "hello world"
b = "hello " + "world".strip()
print(a == b, hash(a) == hash(b), sys.intern(a) is sys.intern(b))
c = sys.intern("".join(["dyn", "amic"]))
d = sys.intern("dynamic")
print(c is d, c == d)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
try:
    sys.intern(S("sub"))
except TypeError as e:
    print(type(e).__name__, e)
print(hash("") == hash(""), hash("a") == hash("a"), hash("abc") == hash("ab" + "c"), type(hash("x")).__name__)
keys = ["k" + str(i) for i in range(5)]
d2 = {k: i for i, k in enumerate(keys)}
print(d2["k3"], d2["k" + "3"], "k4" in d2, "k5" in d2)
print(hash(S("x")) == hash("x"), {S("x"): 1}["x"], S("a") == "a")
table = {}
for word in "to be or not to be".split():
    table[word] = table.get(word, 0) + 1
print(sorted(table.items()))
print(len({"a", "a", "b"}), sorted({"é", "e\u0301", "é"}), len({"é", "e\u0301"}))
print(hash("😀") == hash("\U0001F600"), hash("a" * 1000) == hash("a" * 1000))
s1 = "same"
s2 = "sa" + "me"
print(s1 == s2, s1 is sys.intern(s2) or s1 == s2)
print("".join([]) == "", str() == "", hash(str()) == hash(""))
