import sys
def recurse(n):
    return recurse(n + 1)
sys.setrecursionlimit(100)
recurse(0)
