class C:
    def method(self, x):
        return (type(self).__name__, x)
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x):
        return ('static', x)
    def __repr__(self):
        return "C()"

class D(C):
    pass

c = C()
bound = c.method
print(type(bound).__name__, bound.__self__, bound.__func__ is C.method)
print(bound(1), C.method(c, 2), D().method(3))
print(C.cm(1), D.cm(2), D().cm(3))
print(C.sm(1), c.sm(2))
print(type(C.__dict__['cm']).__name__, type(C.__dict__['sm']).__name__)
print(C.__dict__['sm'].__func__(9))

f = C.__dict__['method']
manual = f.__get__(c, C)
print(manual(10), manual == bound, manual.__self__)
print(f.__get__(None, C) is f)

cm_bound = C.__dict__['cm'].__get__(None, D)
print(cm_bound(4), cm_bound.__self__.__name__)

def free(self):
    return f"free function on {self!r}"
C.attached = free
print(c.attached())
c.inst_func = free
try:
    c.inst_func()
except TypeError as e:
    print(type(e).__name__, e)

print(C.method.__qualname__, C.cm.__qualname__, C.sm.__qualname__)
print(c.method.__name__, c.cm.__func__.__name__)
print(C.cm.__self__ is C)

class Callable:
    def __call__(self, *args):
        return ('called', args)
class Holder:
    call_obj = Callable()
print(Holder().call_obj(1))

try:
    C.method()
except TypeError as e:
    print(type(e).__name__, e)
print(len.__self__.__name__ if hasattr(len, '__self__') else None)
print([].append.__self__, type([].append).__name__)
