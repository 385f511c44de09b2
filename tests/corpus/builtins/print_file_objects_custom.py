import sys
class Capture:
    def __init__(self):
        self.chunks = []
        self.flushes = 0
    def write(self, text):
        self.chunks.append(text)
        return len(text)
    def flush(self):
        self.flushes += 1
cap = Capture()
print("hello", 42, file=cap)
print("a", "b", sep="", end="", file=cap)
print(file=cap)
print("x", file=cap, flush=True)
print(cap.chunks, cap.flushes)
print("".join(cap.chunks), end="")
class NoFlush:
    def write(self, s):
        pass
try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print(type(e).__name__, e)
class BadWrite:
    write = None
try:
    print("x", file=BadWrite())
except TypeError as e:
    print(type(e).__name__, e)
print("to stdout explicitly", file=sys.stdout)
print("to None file goes to stdout", file=None)
print("err line", file=sys.stderr)
sys.stderr.write("raw stderr write\n")
class Upper:
    def write(self, s):
        sys.stdout.write(s.upper())
print("shouting", "through", "wrapper", file=Upper())
print(*["joined", "by"], sep=" ~ ", file=Upper())
old = sys.stdout
sys.stdout = cap
print("captured via sys.stdout")
sys.stdout = old
print(cap.chunks[-2:])
