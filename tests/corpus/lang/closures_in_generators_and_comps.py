def make_gens():
    gens = []
    for i in range(3):
        gens.append(x * i for x in range(3))
    return [list(g) for g in gens]
print(make_gens())

def make_gens_bound():
    return [list(g) for g in [(x * i for x in range(3)) for i in range(3)]]
print(make_gens_bound())

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))

def outer_var_in_genexpr():
    factor = 10
    g = (v * factor for v in range(3))
    factor = 100
    return list(g)
print(outer_var_in_genexpr())

def first_iterable_captured_early():
    data = [1, 2]
    g = (v for v in data)
    data = [9, 9, 9]
    return list(g)
print(first_iterable_captured_early())

def nested_comp_closure():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested_comp_closure()])

def gen_with_closure_over_loop():
    fs = []
    def gen():
        for i in range(3):
            fs.append(lambda: i)
            yield i
    list(gen())
    return [f() for f in fs]
print(gen_with_closure_over_loop())

class Holder:
    base = 5
    try:
        result = list(base + i for i in range(3))
    except NameError as e:
        result = str(e)
    works = (lambda b=base: [b + i for i in range(3)])()
print(Holder.result, Holder.works)
