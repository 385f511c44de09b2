import sys
import sys as system
from sys import maxsize, getrecursionlimit as grl
print(system is sys, maxsize == sys.maxsize, grl() == sys.getrecursionlimit())

def local_import():
    import sys as inner_sys
    from sys import byteorder
    return inner_sys is sys, byteorder in ("little", "big"), "inner_sys" in locals()
print(local_import())
print("byteorder" in globals())

try:
    import nonexistent_module_for_corpus
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import definitely_not_there
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import sys.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))

mod = __import__("sys")
print(mod is sys, type(sys).__name__, sys.__name__)
try:
    __import__("another_missing_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
for src in ["from sys import *\n", "def f():\n    from sys import *\n", "import sys as\n", "from . import x\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", src.strip().splitlines()[-1])
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
try:
    exec("from . import x", {"__name__": "top"})
except ImportError as e:
    print(type(e).__name__, e)
import builtins
print(builtins.len is len, type(builtins).__name__, builtins.__name__)
try:
    sys.not_an_attribute
except AttributeError as e:
    print(type(e).__name__, e)
