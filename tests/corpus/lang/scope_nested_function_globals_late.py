def reader():
    return later_defined * 2

try:
    reader()
except NameError as e:
    print(type(e).__name__, e)
later_defined = 21
print(reader())
later_defined = "ab"
print(reader())

def make_getter():
    def get():
        return config["mode"]
    return get
config = {"mode": "dev"}
getter = make_getter()
print(getter())
config = {"mode": "prod"}
print(getter())

def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))

print_orig = print
def use_global_print():
    return print is print_orig
print(use_global_print())

import builtins
builtins.custom_builtin_name = "from builtins"
print(custom_builtin_name)
custom_builtin_name = "module shadows builtins"
print(custom_builtin_name)
del custom_builtin_name
print(custom_builtin_name)
del builtins.custom_builtin_name
try:
    custom_builtin_name
except NameError as e:
    print(type(e).__name__, e)

def conditional_local(flag):
    if flag:
        value = "set"
    return value
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)

def augmented_global_without_decl():
    try:
        later_defined += "c"
    except UnboundLocalError as e:
        return str(e)
print(augmented_global_without_decl())
