Dyn = type('Dyn', (), {'x': 1, 'hello': lambda self: f"hello from {type(self).__name__}"})
print(Dyn.__name__, Dyn.x, Dyn().hello(), Dyn.__module__)
Sub = type('Sub', (Dyn,), {})
print([c.__name__ for c in Sub.__mro__], Sub().hello())
print(type(Dyn), type(type), type(object))
print(type(5).__name__, type('s').__name__, type(None).__name__)

for args in [(), (1, 2), ('N', 1, {}), ('N', (), 5), ('N', (1,), {})]:
    try:
        r = type(*args)
        print("ok", r)
    except TypeError as e:
        print(type(e).__name__, e)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['upper_names'] = sorted(k.upper() for k in ns if not k.startswith('__'))
        return super().__new__(mcls, name, bases, ns)
    def describe(cls):
        return f"{cls.__name__} via {type(cls).__name__}"

class A(metaclass=Meta):
    foo = 1
    def bar(self): pass
print(A.upper_names, A.describe())
try:
    A().describe()
except AttributeError as e:
    print(type(e).__name__, e)

B = Meta('B', (A,), {'baz': 3})
print(B.upper_names, B.describe(), type(B).__name__)

def func_meta(name, bases, ns):
    print("function as metaclass:", name, sorted(k for k in ns if not k.startswith('__')))
    return 'not a class'
class Weird(metaclass=func_meta):
    q = 1
print(Weird)

class M(type):
    def __repr__(cls):
        return f"<class {cls.__name__} with M>"
class WithRepr(metaclass=M):
    pass
print(WithRepr, [WithRepr])
print(type.__name__, type.__qualname__, Meta.__qualname__)
print(isinstance(A, type), issubclass(Meta, type), Meta.__mro__[1].__name__)
