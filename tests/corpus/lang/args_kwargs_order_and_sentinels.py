def show(**kw):
    return list(kw)

print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
print(show(**dict(sorted({"y": 1, "x": 2}.items()))))

_MISSING = object()
def get(mapping, key, default=_MISSING):
    if key in mapping:
        return mapping[key]
    if default is _MISSING:
        raise KeyError(key)
    return default
print(get({"a": 1}, "a"), get({}, "b", None), get({}, "c", 0))
try:
    get({}, "d")
except KeyError as e:
    print(type(e).__name__, e)

def flexible(*args, sep=" ", **options):
    text = sep.join(map(str, args))
    for k in options:
        text += f" [{k}={options[k]}]"
    return text
print(flexible(1, 2, 3))
print(flexible("a", "b", sep="-", color="red", bold=True))

def call_with_dict(fn, d):
    return fn(**d)
print(call_with_dict(lambda x, y=0: x - y, {"y": 1, "x": 10}))

def kw_only_default_none(*, limit=None):
    return "unlimited" if limit is None else f"limit {limit}"
print(kw_only_default_none(), kw_only_default_none(limit=0))

def record(name, /, **fields):
    return name, fields
print(record("r", name="field named name", **{"x": 1}))

def first_kw(**kw):
    return next(iter(kw.items()), None)
print(first_kw(), first_kw(q=1, p=2))
import sys
def frame_locals_order(b, a, *rest, z, **kw):
    c = 1
    return list(sys._getframe().f_locals)
print(frame_locals_order(1, 2, 3, z=4, w=5))
