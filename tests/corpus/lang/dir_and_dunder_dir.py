class Plain:
    cls_attr = 1
    def method(self):
        pass

p = Plain()
p.inst = 2
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(Plain) if not n.startswith('__')])
print('__init__' in dir(p), '__class__' in dir(p), dir(p) == sorted(dir(p)))

class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid', 'alpha']
print(dir(Custom()))

class Gen:
    def __dir__(self):
        return (x for x in ['b', 'a'])
print(dir(Gen()))

class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print(type(e).__name__, e)

class Child(Plain):
    child_attr = 3
print([n for n in dir(Child) if not n.startswith('__')])

def f():
    a = 1
    b = 2
    return dir()
print(f())
print(len(dir(object)) > 20, 'mro' in dir(type), 'mro' in dir(Plain))
print([n for n in dir(5) if not n.startswith('_')][:8])
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class SlotsDir:
    __slots__ = ('s1', 's2')
print([n for n in dir(SlotsDir()) if not n.startswith('__')])
