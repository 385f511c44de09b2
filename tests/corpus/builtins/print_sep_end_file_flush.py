import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <END>\n")
print(1, 2.5, None, True, [1], {"k": "v"}, sep=",")
print()
print("", end="")
print("no newline", end="")
print(" -> continued")
print(*range(5), sep="-")
print(*[], sep="X")
print("multi\nline", "value")
print("to stderr", file=sys.stderr)
print("stderr", "with", "sep", sep="+", file=sys.stderr, end="!\n")
print("flushed", flush=True)
print("x", sep=None, end=None)
for bad in [dict(sep=1), dict(end=2), dict(file=5), dict(bogus=1)]:
    try:
        print("value", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = Writer()
print("to", "writer", sep="_", end=".", file=w, flush=True)
print(w.parts)
class Str:
    def __str__(self):
        return "custom __str__"
print(Str(), [Str()] if False else "list uses repr")
print("%s" % "percent", f"{'fstr'}", sep="\t")
sys.stdout.write("direct write\n")
print(sys.stdout.write("returns count\n"))
print("unicode: é ü 日本 😀", end="\n\n")
print(repr(print(end="")))
