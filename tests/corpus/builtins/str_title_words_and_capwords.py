samples = ["hello world", "HELLO WORLD", "hello-world", "o'neil's pub", "3rd place", "x.y.z", "ǆungla", "  spaced  out  ",
           "mIxEd CaSe", "élan vital", "ß-strasse", "ΣΊΣΥΦΟΣ", ""]
for s in samples:
    capwords = " ".join(w.capitalize() for w in s.split())
    print(f"{s!r:20} title={s.title()!r:22} capwords={capwords!r:22} istitle={s.title().istitle()}")
print("they're bill's".title(), "they're bill's".capitalize(), "ǉ".title(), "ǉ".capitalize())
def smart_title(s, small=("a", "an", "the", "of", "and")):
    words = s.lower().split()
    return " ".join(w if (i and w in small) else w.capitalize() for i, w in enumerate(words))
print(smart_title("the lord of the rings"), smart_title("a tale OF two cities"))
print("abc".capitalize(), "ABC".capitalize(), "aBC".capitalize(), "123abc".capitalize(), " abc".capitalize())
print("ﬁne".title(), "ﬁne".capitalize(), "ŉ".capitalize(), "ǰ".title())
titles = [s.title() for s in samples]
print(sum(t.istitle() for t in titles), len(titles))
print([w for w in "Hello World Of Python".split() if w.istitle()], "Hello WORLD".istitle())
print("hello"[0].upper() + "hello"[1:], "HELLO".lower().title(), "x".title(), "".capitalize() == "")
print(" ".join(reversed("one two three".title().split())))
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "kebab-case".title())
print("camelCaseName".title(), "XMLHttpRequest".lower(), "ǌ".upper(), "ǋ".lower())
print([s.swapcase() for s in ("Title Case", "ΑΒΓ", "ǅ")])
