import sys

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))

def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(500))

old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    countdown(500)
except RecursionError as e:
    print("limited:", e)
sys.setrecursionlimit(old)
print(countdown(800))

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)

class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr:", type(e).__name__, e)

class Attr:
    def __getattr__(self, name):
        return self.missing
try:
    Attr().x
except RecursionError as e:
    print("getattr:", type(e).__name__)

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)

nested = []
for _ in range(50):
    nested = [nested]
print(str(nested).count('['))
print("still works after recursion:", countdown(10))
