module_var = "m"

def fn(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(fn(1))

def snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap['x'], locals()['x']
print(snapshot())

def modify_locals():
    x = 1
    locals()['x'] = 99
    return x
print(modify_locals())

print('module_var' in globals(), globals()['module_var'], globals() is vars())
globals()['injected'] = 'via globals()'
print(injected)
print(__name__, globals()['__name__'])

class C:
    cls_attr = 1
    inside = sorted(k for k in locals() if not k.startswith('__'))
    def __init__(self):
        self.a = 1
        self.b = [2]
print(C.inside)
obj = C()
print(vars(obj))
vars(obj)['c'] = 3
print(obj.c)
print(sorted(k for k in vars(C) if not k.startswith('__')))
print(type(vars(C)).__name__)
try:
    vars(C)['new'] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(obj, 1)
except TypeError as e:
    print(type(e).__name__, e)

class Slotted:
    __slots__ = ('x',)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)

def closure_locals():
    outer_v = 10
    def inner():
        return sorted(locals())
    def inner2():
        outer_v
        return sorted(locals().items())
    return inner(), inner2()
print(closure_locals())
print(sorted(k for k in dir() if not k.startswith('__'))[:6])
def comp_locals():
    return [sorted(locals()) for i in range(1)]
print(comp_locals())
