words = ["apple", "Apple", "APPLE", "banana", "apples", "app", "", "Zebra", "zebra", "éclair", "eclair", "1apple", " apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print("a" < "b", "a" < "B", "Z" < "a", "" < "a", "abc" < "abd", "ab" < "abc", "abc" < "ab")
print("é" > "z", "\u00e9" == "e\u0301", "a" < "😀", "\uffff" < "\U00010000")
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("abc" == "abc", "abc" != "ABC", "abc".__lt__("abd"), "a".__eq__(1), "a".__lt__(1))
for bad in ["'a' < 1", "'a' < None", "'a' < b'a'", "'a' < ['a']"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError:", e)
print("a" == b"a", "1" == 1, [ "a" ] == ["a"], ("a",) < ("b",))
print(sorted(["a10", "a2", "a1"]), sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])))
print(sorted("hello world"), "".join(sorted("hello")), sorted(set("mississippi")))
print(max("abc", "abd", "ab"), min("b", "a", "c"), sorted(["b", "a"], reverse=True))
print("straße".casefold() == "STRASSE".casefold(), "straße".lower() == "strasse", "ǅ".casefold())
print(sorted(["b", "a", "B", "A"], key=lambda s: (s.lower(), s)), "A" < "a" < "B" if False else "A" < "B" < "a")
print([ord(c) for c in "Aa Zz"], chr(ord("a") - 32))
