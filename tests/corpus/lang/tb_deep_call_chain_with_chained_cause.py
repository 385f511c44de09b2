class ParseError(Exception):
    pass

def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").split()

def read(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    try:
        return int(tok)
    except ValueError:
        return tok

def parse(text):
    try:
        return read(tokenize(text))
    except (SyntaxError, IndexError) as e:
        raise ParseError(f"cannot parse {text!r}") from e

print(parse("(+ 1 (* 2 3))"))
print(parse("(a (b c) d)"), parse("42"))
for bad in [")", ""]:
    try:
        parse(bad)
    except ParseError as e:
        print(type(e).__name__, e, "<-", type(e.__cause__).__name__, e.__cause__)
print(parse("(unclosed (list"))
