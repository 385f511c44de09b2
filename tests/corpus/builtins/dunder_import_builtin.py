sys_mod = __import__("sys")
print(sys_mod.__name__, type(sys_mod).__name__, sys_mod is __import__("sys"))
bi = __import__("builtins")
print(bi.len("abc"), bi.__name__, "print" in dir(bi))
for name in ["nonexistent_module_abc", ""]:
    try:
        __import__(name)
    except (ImportError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("sys", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("x", globals(), locals(), [], 1)
except ImportError as e:
    print(type(e).__name__, e)
mod = __import__("sys", globals(), locals(), ["maxsize"], 0)
print(mod.__name__, mod.maxsize > 0)
import sys
print("sys" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
print(__import__("sys").getrecursionlimit() > 0)
import importlib
m = importlib.import_module("builtins")
print(m is bi)
try:
    importlib.import_module("definitely_missing_pkg.sub")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict builtins", callable(__import__))
