def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case str(name):
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, else_):
            return evaluate(then if evaluate(cond, env) else else_, env)
        case ("call", "max", *args) if args:
            return max(evaluate(a, env) for a in args)
        case ("call", fname, *_):
            raise NameError(f"unknown function {fname!r}")
        case _:
            raise ValueError(f"bad node {node!r}")

env = {"x": 3, "y": 4}
programs = [
    42,
    "x",
    ("+", "x", ("*", "y", 2)),
    ("neg", ("+", 1, 2)),
    ("let", "z", ("*", "x", "x"), ("+", "z", 1)),
    ("if", ("+", "x", ("neg", 3)), 1, 2),
    ("call", "max", 1, "y", ("*", "x", 2)),
    ("call", "min", 1),
    ("call", "max"),
    ("pow", 2, 3),
    "missing",
]
for p in programs:
    try:
        print(repr(p), "=>", evaluate(p, env))
    except (NameError, ValueError, KeyError) as e:
        print(repr(p), "=>", type(e).__name__, e)

def simplify(node):
    match node:
        case ("+", 0, x) | ("+", x, 0):
            return simplify(x)
        case ("*", 1, x) | ("*", x, 1):
            return simplify(x)
        case ("*", 0, _) | ("*", _, 0):
            return 0
        case (op, a, b):
            return (op, simplify(a), simplify(b))
        case _:
            return node
print(simplify(("+", ("*", 1, "x"), ("*", "y", 0))), simplify(("+", 0, ("*", "a", 1))))
