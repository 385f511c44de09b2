def first_valid(items):
    attempts = 0
    for item in items:
        try:
            attempts += 1
            value = int(item)
            if value < 0:
                continue
            return value, attempts
        except ValueError:
            continue
        finally:
            print(f"  checked {item!r}")
    return None, attempts

print(first_valid(["x", "-1", "7", "8"]))
print(first_valid(["a", "b"]))
print(first_valid([]))

def count_finally_runs(n):
    runs = 0
    for i in range(n):
        try:
            if i % 2:
                continue
            if i == 4:
                break
        finally:
            runs += 1
    return runs
print([count_finally_runs(n) for n in range(7)])

def nested_loops_with_finally():
    log = []
    for i in range(2):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        break
                    log.append((i, j))
                finally:
                    log.append(f"inner-finally {i}{j}")
        finally:
            log.append(f"outer-finally {i}")
    return log
for entry in nested_loops_with_finally():
    print(entry)

def while_with_exception_exit():
    i = 0
    try:
        while True:
            i += 1
            if i == 3:
                raise StopIteration("manual stop")
    except StopIteration as e:
        return f"stopped at {i}: {e}"
print(while_with_exception_exit())
