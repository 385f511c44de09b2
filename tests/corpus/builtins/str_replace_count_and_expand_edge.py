s = "aaaa"
print(s.replace("a", "b"), s.replace("a", "b", 2), s.replace("aa", "b"), s.replace("a", "", -1), s.replace("", "|"))
print(s.replace("a", "a" * 3), s.replace("x", "y"), "".replace("", "z"), "abc".replace("", "-", 0))
print(s.count("a"), s.count("aa"), s.count(""), "".count(""), "abc".count("", 1), "abc".count("c", -1))
print("hello world".replace("o", "0").replace("l", "1"), "a.b.c".replace(".", "", 1))
text = "the cat sat on the mat with the hat"
print(text.count("the"), text.count("at"), text.replace("the", "a", 2), text.count(" ") + 1)
print("tab\tseparated\tvalues".expandtabs(10), repr("\t".expandtabs(3)), repr("ab\tc\td".expandtabs(2)))
print(repr("line1\n\tindented".expandtabs(4)), repr("x\r\ty".expandtabs(8)))
for bad in [lambda: s.replace("a"), lambda: s.replace(1, "b"), lambda: s.count(None), lambda: s.replace("a", "b", "1")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print("mississippi".count("ss"), "mississippi".count("issi"), "mississippi".replace("issi", "X"))
print("ÅÅÅ".replace("Å", "A"), "😀x😀".replace("😀", "<e>"), "😀😀".count("😀"), "é".replace("e", "x"))
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "CamelCaseString".replace("C", " C").split())
print("x".join("abc").replace("x", ", "), "a b".replace(" ", "  ", 5).count(" "))
print("aXbXc".replace("X", "\n").splitlines(), "ab" * 3 .replace("b", "B") if False else ("ab" * 3).replace("b", "B"))
print(len("abc".replace("", " ")), "abc".replace("", " ").strip())
