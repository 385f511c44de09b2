class Tracking(dict):
    def __getitem__(self, k):
        print(f"  __getitem__({k!r})")
        return super().__getitem__(k)
    def get(self, k, default=None):
        print(f"  get({k!r})")
        return super().get(k, default)

m = Tracking(a=1, b=2, c=3)
match m:
    case {"a": 1, "z": _}:
        print("no")
    case {"b": 2, "c": c}:
        print("matched c =", c)

match {1: "int key", "t": "str key", None: "none key"}:
    case {1: v1, "t": v2, None: v3}:
        print(v1, v2, v3)

class Keys:
    A = "alpha"
match {"alpha": 10}:
    case {Keys.A: n}:
        print("value pattern key:", n)

match {"x": 1, "y": 2, "z": 3}:
    case {"x": _, **others}:
        print(sorted(others.items()))

match {}:
    case {"k": _}:
        print("no")
    case {}:
        print("empty mapping pattern matches any mapping")

match [("k", 1)]:
    case {"k": _}:
        print("no")
    case _:
        print("list of pairs is not a mapping")

from types import MappingProxyType
match MappingProxyType({"ro": True}):
    case {"ro": flag}:
        print("mappingproxy matched", flag)

try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("match x:\n    case {**rest, 'a': 1}:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("match x:\n    case {'a': 1, **_}:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
key = "dup"
try:
    match {"dup": 1}:
        case {"dup": 1, Keys.A: 2}:
            pass
    print("no duplicate at runtime")
except ValueError as e:
    print(type(e).__name__, e)
