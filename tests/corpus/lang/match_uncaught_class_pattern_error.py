class Token:
    __match_args__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

class Bad:
    __match_args__ = ["wrong", "type"]

def evaluate(tokens):
    stack = []
    for tok in tokens:
        match tok:
            case Token("num", text):
                stack.append(int(text))
            case Token("op", "+"):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case Token("op", "*"):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case Bad(x):
                stack.append(x)
        print("stack:", stack)
    return stack[-1]

toks = [Token("num", "2"), Token("num", "3"), Token("op", "+"), Token("num", "4"), Token("op", "*")]
print("result:", evaluate(toks))
print("result:", evaluate([Token("num", "1"), Bad()]))
