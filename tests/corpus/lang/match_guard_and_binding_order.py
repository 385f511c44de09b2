def parse(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"moving {direction}"
        case ["go", other]:
            return f"cannot go {other!r}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case [verb, *_] if len(verb) > 8:
            return "verb too long"
        case []:
            return "empty command"
        case _:
            return f"unknown: {cmd!r}"

for c in ["go north", "go up", "take lamp key", "take", "q", "exit", "incantation x", "", "dance"]:
    print(f"{c!r:18} -> {parse(c)}")

def binding_visible_after_failed_guard(v):
    match v:
        case (a, b) if a > b:
            return "first"
        case _:
            return ("fallback", a, b)
print(binding_visible_after_failed_guard((1, 2)))

def walrus_in_guard(v):
    match v:
        case {"n": n} if (doubled := n * 2) > 10:
            return ("big", doubled)
        case {"n": n}:
            return ("small", n)
print(walrus_in_guard({"n": 7}), walrus_in_guard({"n": 2}))

def subject_evaluated_once():
    calls = []
    def subject():
        calls.append(1)
        return [1, 2]
    match subject():
        case [9, _]:
            pass
        case [1, 9]:
            pass
        case [1, x]:
            pass
    return len(calls), x
print(subject_evaluated_once())

match 1, 2:
    case (1, y):
        print("tuple subject without parens", y)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest mapping", rest, type(rest).__name__)
