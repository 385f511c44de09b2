total = 0

def add_to_total(values):
    for v in values:
        total += v
    return total

def safe_add(values):
    global total
    for v in values:
        total += v
    return total

print(safe_add([1, 2, 3]))
print(safe_add([10]))

def shadow_later():
    first = total
    return first
print(shadow_later())

def conditional(flag):
    if flag:
        result = "set"
    return result
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(add_to_total([4, 5]))
