import sys
print("stdin is a tty:", sys.stdin.isatty() if False else "not checked")
responses = []
for prompt in ["first? ", "second? "]:
    try:
        responses.append(input(prompt))
    except EOFError as e:
        print()
        print("EOFError on", repr(prompt), "->", repr(str(e)), type(e).__mro__[1].__name__)
        break
print("responses:", responses)
print(sys.stdin.read() == "", sys.stdin.readline() == "")
def ask(prompt, default):
    try:
        return input(prompt) or default
    except EOFError:
        return default
print(ask("name> ", "anonymous"))
print(ask("age> ", "unknown"))
print(input.__name__, callable(input), input.__module__ if hasattr(input, "__module__") else None)
try:
    input(prompt="x")
except TypeError as e:
    print(type(e).__name__, e)
print("done")
