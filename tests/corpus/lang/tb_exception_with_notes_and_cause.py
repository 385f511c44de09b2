def parse_line(lineno, line):
    key, sep, value = line.partition("=")
    if not sep:
        raise ValueError(f"missing '=' in {line!r}")
    return key.strip(), value.strip()

def parse_config(text):
    result = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            k, v = parse_line(lineno, line)
        except ValueError as e:
            e.add_note(f"config line {lineno}")
            raise RuntimeError("config parsing failed") from e
        result[k] = v
    return result

good = "# comment\nname = demo\nport=80\n\n"
print(parse_config(good))
try:
    parse_config("a=1\nbroken\n")
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__cause__.__notes__)
parse_config("x = 1\ny = 2\nno equals here\n")
