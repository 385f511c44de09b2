"""Module docstring for the corpus program."""
import sys

print(__doc__)
print(__name__, __spec__ is None or True, __package__)
print(type(sys.modules[__name__]).__name__, sys.modules[__name__].__doc__ == __doc__)
this = sys.modules[__name__]
print(this.__name__, hasattr(this, "__builtins__"))
this.dynamic_attr = "set through module object"
print(dynamic_attr)
print([k in vars(this) for k in ("__name__", "__doc__", "__builtins__", "__package__")])

def f():
    "function docstring"
class C:
    "class docstring"
    def m(self):
        "method docstring"
print(f.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
def no_doc():
    x = "not a docstring"
print(no_doc.__doc__)
def doc_not_first():
    pass
    "too late"
print(doc_not_first.__doc__)
def fstring_not_doc():
    f"not a docstring"
print(fstring_not_doc.__doc__)
class Inherits(C):
    pass
print(Inherits.__doc__, Inherits.m.__doc__)
print(int.__doc__.splitlines()[0])
print(len.__doc__)
