counter = 0
names = []

def bump(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter

print(bump(3), bump(2), counter)

def create_global():
    global brand_new
    brand_new = "created inside"
print("before:", 'brand_new' in globals())
create_global()
print("after:", brand_new, 'brand_new' in globals())

def shadow():
    counter = 99
    return counter
print(shadow(), counter)

def read_only():
    return counter + 1
print(read_only())

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
        print(isinstance(e, NameError))
    counter = 1
    return counter
print(unbound())

def del_global():
    global brand_new
    del brand_new
del_global()
try:
    brand_new
except NameError as e:
    print(type(e).__name__, e)

def uses_names():
    names.append(len(names))
    return names
uses_names(); uses_names()
print(uses_names())

x = 'module'
class C:
    x = 'class'
    def m(self):
        return x
    y = x + '!'
print(C().m(), C.y)

def global_in_nested():
    def inner():
        global x
        x = 'changed by inner'
    inner()
    return x
print(global_in_nested(), x)
