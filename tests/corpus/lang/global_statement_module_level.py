global module_counter
module_counter = 0

def incr(step=1):
    global module_counter
    module_counter += step
    return module_counter

print(incr(), incr(5), module_counter)

def reads_then_writes_global():
    global module_counter
    before = module_counter
    module_counter = before * 10
    return before, module_counter
print(reads_then_writes_global())

def many_globals():
    global ga, gb, gc
    ga, gb, gc = 1, 2, 3
many_globals()
print(ga + gb + gc)

def global_in_loop_and_comp():
    global acc
    acc = []
    for i in range(3):
        acc.append(i)
    return [acc for _ in range(1)][0]
print(global_in_loop_and_comp(), acc)

class C:
    global class_made_global
    class_made_global = "set from class body"
    local_to_class = "stays in class"
print(class_made_global, C.local_to_class, 'local_to_class' in globals())

def global_for_loop_var():
    global loop_var
    for loop_var in range(4):
        pass
global_for_loop_var()
print(loop_var)

def global_import():
    global sys_mod
    import sys as sys_mod
global_import()
print(sys_mod.__name__)

def global_function_def():
    global defined_later
    def defined_later():
        return "defined via global def"
global_function_def()
print(defined_later())

def global_del_then_read():
    global temp
    temp = 1
    del temp
    try:
        return temp
    except NameError as e:
        return str(e)
print(global_del_then_read())
