samples = ["  padded  ", "\t\ntabs\r\n", "xxcenterxx", "..dots..", "", "   ", "abcba", "\u3000wide\u3000"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xa.")))
print("www.example.com".strip("w.moc"), "  x  ".strip(" "), "<<a>>".strip("<>"), "aaa".strip("a"))
print("prefix_name".removeprefix("prefix_"), "name_suffix".removesuffix("_suffix"), "same".removeprefix("zz"))
print("abcabc".lstrip("ab"), "abcabc".removeprefix("ab"), "xyz".strip("") == "xyz", "x".strip(None))
for bad in [lambda: "x".strip(1), lambda: "x".removeprefix(None), lambda: "x".lstrip("a", "b"), lambda: b"x".strip("x")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(b"  bytes  ".strip(), b"xxbyxx".strip(b"x"), bytearray(b" ba ").strip(), b"pre-x".removeprefix(b"pre-"))
lines = ["  key = value  ", "other=  spaced  ", "# comment  "]
parsed = {}
for line in lines:
    line = line.strip()
    if line.startswith("#"):
        continue
    k, _, v = line.partition("=")
    parsed[k.strip()] = v.strip()
print(parsed)
print("filename.tar.gz".rpartition(".")[0], "filename.tar.gz".split(".", 1)[1], "path/to/file".rsplit("/", 1))
print("\x0b\x0cvt\x1c\x1d".strip(), "\x85nel\x85".strip(), "\u200bzw\u200b".strip())
print("text".startswith(("x", "te")), "text".endswith("xt", 1, 4), "".startswith(""), "a".endswith(""))
