import sys
from sys import maxsize, byteorder
print(maxsize > 0, byteorder in ("little", "big"))
try:
    from sys import getrecursionlimt
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import sys.path
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
def load(name):
    module = __import__(name)
    print("loaded", module.__name__)
    return module
load("sys")
load("builtins")
try:
    load("no_such_module_here")
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name)
print(sys.getrecursionlimit() > 0)
from builtins import lenn
