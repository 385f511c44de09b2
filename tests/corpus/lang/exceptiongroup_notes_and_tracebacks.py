def task(n):
    if n % 2:
        e = ValueError(f"task {n} failed")
        e.add_note(f"input was {n}")
        raise e
    return n * 10

def run_tasks(ns):
    results, errors = [], []
    for n in ns:
        try:
            results.append(task(n))
        except ValueError as e:
            errors.append(e)
    if errors:
        eg = ExceptionGroup(f"{len(errors)} of {len(ns)} tasks failed", errors)
        eg.add_note("run_tasks summary note")
        raise eg
    return results

print(run_tasks([2, 4]))
try:
    run_tasks([1, 2, 3])
except ExceptionGroup as eg:
    print(eg.message, eg.__notes__)
    for sub in eg.exceptions:
        print(" ", repr(sub), sub.__notes__, sub.__traceback__ is not None)
    v, rest = eg.split(lambda e: "1" in str(e))
    print(repr(v), v.__notes__)
    print(repr(rest))

try:
    raise ExceptionGroup("with tb", [KeyError("a")])
except* KeyError as g:
    print("except* group notes:", getattr(g, "__notes__", None), type(g).__name__)

eg = ExceptionGroup("derive keeps notes?", [IndexError(1), IndexError(2)])
eg.add_note("original note")
sub = eg.subgroup(lambda e: e.args[0] == 1)
print(repr(sub), sub.__notes__, sub.__notes__ is eg.__notes__)
print(str(eg), repr(eg))
run_tasks([5, 6, 7])
