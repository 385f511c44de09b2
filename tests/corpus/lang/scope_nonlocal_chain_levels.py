def level0():
    v = "L0"
    trail = []
    def level1():
        def level2():
            nonlocal v
            trail.append(("level2 sees", v))
            v = "set by L2"
            def level3():
                nonlocal v
                v = v + " then L3"
            level3()
        level2()
        trail.append(("level1 sees", v))
    level1()
    trail.append(("level0 sees", v))
    return trail

for item in level0():
    print(item)

def shadowing():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "inner changed mid"
        inner()
        return x
    return mid(), x
print(shadowing())

def counter_factory():
    count = 0
    def make():
        def inc():
            nonlocal count
            count += 1
            return count
        return inc
    a, b = make(), make()
    return a(), b(), a(), count if False else None, a.__closure__[0] is b.__closure__[0]
print(counter_factory())

def lambda_nonlocal_workaround():
    state = {"n": 0}
    bump = lambda: state.update(n=state["n"] + 1) or state["n"]
    return [bump() for _ in range(3)]
print(lambda_nonlocal_workaround())

def del_cell():
    x = 1
    def get():
        return x
    del x
    try:
        return get()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_cell())

def class_in_function_nonlocal():
    total = 0
    class Acc:
        def add(self, n):
            nonlocal total
            total += n
            return total
    a = Acc()
    a.add(5); a.add(6)
    return total
print(class_in_function_nonlocal())
