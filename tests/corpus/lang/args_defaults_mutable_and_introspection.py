def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

counter = 0
def next_val():
    global counter
    counter += 1
    return counter

def uses_default(x=next_val()):
    return x
print(uses_default(), uses_default(), counter)

def kwd(a, *, b=next_val(), c):
    return a, b, c
print(kwd(1, c=2), kwd.__kwdefaults__)

def fn(a, b=2, *args, c=3, d, **kw):
    "docstring here"
    local_var = a
    return local_var
print(fn.__name__, fn.__qualname__, fn.__module__, fn.__doc__)
print(fn.__defaults__, sorted(fn.__kwdefaults__.items()))
print(fn.__code__.co_name, fn.__code__.co_argcount, fn.__code__.co_kwonlyargcount)
print(fn.__code__.co_varnames)
print(fn.__code__.co_nlocals)

fn.__defaults__ = (100,)
print(fn(1, d=0), fn.__defaults__)
try:
    fn(d=0)
except TypeError as e:
    print(type(e).__name__, e)

fn.__kwdefaults__ = {'c': 'C', 'd': 'D'}
print(fn(5))
try:
    fn.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)

def none_defaults(x):
    return x
print(none_defaults.__defaults__, none_defaults.__kwdefaults__)
fn.custom_attr = 'custom'
print(fn.__dict__)
