class Robot:
    def speak(self):
        return f"{self.name}: beep"
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"Robot {self.name}"

r1, r2 = Robot("r1"), Robot("r2")
r2.speak = lambda: "instance-level override (no self)"
print(r1.speak(), r2.speak())
del r2.speak
print(r2.speak())

r1.__str__ = lambda: "instance __str__ is ignored"
print(str(r1), r1.__str__())

Robot.speak = lambda self: f"{self.name}: patched class method"
print(r1.speak(), r2.speak())

import types
r1.custom = types.MethodType(lambda self, x: f"{self.name} bound {x}", r1)
print(r1.custom(5))

class Dynamic:
    pass
def make_method(n):
    def method(self):
        return f"method {n} on {type(self).__name__}"
    return method
for n in range(3):
    setattr(Dynamic, f"m{n}", make_method(n))
d = Dynamic()
print(d.m0(), d.m2(), sorted(k for k in vars(Dynamic) if k.startswith("m")))

class Len:
    def __len__(self):
        return 3
obj = Len()
obj.__len__ = lambda: 100
print(len(obj), obj.__len__())
class Callable:
    pass
c = Callable()
c.__call__ = lambda: "never used by call syntax"
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)
Callable.__call__ = lambda self: "class-level __call__ works"
print(c())
