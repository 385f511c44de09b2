s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 10), s.rfind("the"), s.rfind("the", 0, 40))
print(s.find("cat"), s.rfind("cat"), s.find(""), s.rfind(""), s.find("", 100), len(s))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""), s.count("e", 40))
print(s.count("the", 0, 3), s.count("the", -7), s.find("end", -3), s.find("d", -1))
for call in [lambda: s.index("cat"), lambda: s.rindex("cat"), lambda: s.index("the", 50)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("end"), s.endswith("the", 0, 34))
print(s.startswith(""), s.endswith(("x", "y")), "abc".startswith("abc", 0, 2), "abc".endswith("c", -1))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abcabc".rfind("abc", 0, 5), "ab".find("b", -100, 100))
print("𝄞a𝄞b".find("a"), "𝄞a𝄞b".index("b"), "𝄞a𝄞b".count("𝄞"), len("𝄞a𝄞b"))
print("x" in s, "quick brown" in s, "" in s, s.find("\0"))
try:
    s.find(5)
except TypeError as e:
    print(type(e).__name__, e)
print("mississippi".replace("ss", "SS"), "mississippi".replace("s", "", 2), "aaa".replace("a", "b", 0))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("abc", ""))
print("banana".removeprefix("ban"), "banana".removesuffix("na"), "banana".removeprefix("x"), "banana".removesuffix(""))
