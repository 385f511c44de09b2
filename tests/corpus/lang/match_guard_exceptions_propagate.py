def risky_guard(v):
    if v == "boom":
        raise RuntimeError("guard exploded")
    return v == "ok"

def classify(v):
    match v:
        case str() as s if risky_guard(s):
            return "ok string"
        case str():
            return "other string"
        case _:
            return "not a string"

for v in ("ok", "nope", 3):
    print(repr(v), "->", classify(v))
try:
    classify("boom")
except RuntimeError as e:
    print(type(e).__name__, e)

class ExplodingEq:
    def __eq__(self, other):
        raise ValueError("cannot compare")
class Holder:
    value = ExplodingEq()
try:
    match 5:
        case Holder.value:
            pass
except ValueError as e:
    print(type(e).__name__, e)

class BadGetattr:
    __match_args__ = ("x",)
    def __getattr__(self, name):
        raise KeyError(f"getattr {name}")
try:
    match BadGetattr():
        case BadGetattr(x=1):
            pass
except KeyError as e:
    print(type(e).__name__, e)

class LenRaises(list):
    def __len__(self):
        raise IndexError("len failed")
try:
    match LenRaises([1, 2]):
        case [a, b]:
            print("matched", a, b)
except IndexError as e:
    print(type(e).__name__, e)
class MappingGetRaises(dict):
    def get(self, key, default=None):
        raise LookupError("get failed")
try:
    match MappingGetRaises(a=1):
        case {"a": 1}:
            print("matched mapping")
except LookupError as e:
    print(type(e).__name__, e)
