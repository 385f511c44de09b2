class Tracked:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        self.real = 1
    def __getattribute__(self, name):
        if name not in ('log', '__dict__', '__class__'):
            object.__getattribute__(self, 'log').append(f"get {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(f"fallback {name}")
        if name.startswith('virtual_'):
            return name[8:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)

t = Tracked()
print(t.real, t.virtual_abc)
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)
t.new = 5
del t.new
print(getattr(t, 'nothing', 'default'), hasattr(t, 'virtual_q'), hasattr(t, 'zz'))
for entry in t.log:
    print(" ", entry)

class RaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(RaisesOther(), 'x')
except KeyError as e:
    print("hasattr propagates non-AttributeError:", repr(e))

class GetattributeRaises:
    def __getattribute__(self, name):
        raise AttributeError("from getattribute")
    def __getattr__(self, name):
        return f"rescued {name}"
print(GetattributeRaises().anything)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    pass
tg = Target()
p = Proxy(tg)
p.color = "red"
print(tg.color, p.color, sorted(vars(p)))
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(p, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(t, 5)
except TypeError as e:
    print(type(e).__name__, e)
