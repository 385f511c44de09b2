# Unbounded recursion ends in RecursionError (never a JVM StackOverflowError), honours setrecursionlimit, and the
# uncaught traceback shows only the innermost 1000 entries (CPython's default traceback limit), with the repeat line.
import sys


def f(n):
    return f(n + 1)


try:
    f(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)

print("limit", sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print("limit", sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("depth", depth(4000))
try:
    depth(6000)
except RecursionError:
    print("6000 is too deep for 5000")


def g():
    try:
        g()
    finally:
        pass


try:
    g()
except RecursionError as e:
    print("through finally:", e)

f(0)
