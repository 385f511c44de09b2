class Calculator:
    def op_add(self, a, b):
        return a + b
    def op_mul(self, a, b):
        return a * b
    def op_neg(self, a):
        return -a
    def dispatch(self, name, *args):
        handler = getattr(self, f"op_{name}", None)
        if handler is None:
            return f"unknown op {name!r}"
        try:
            return handler(*args)
        except TypeError as e:
            return f"bad args for {name}: {e}"

c = Calculator()
for cmd in [("add", 2, 3), ("mul", 4, 5), ("neg", 7), ("div", 1, 2), ("neg", 1, 2), ("add", "a", "b")]:
    print(cmd, "->", c.dispatch(*cmd))
ops = sorted(name[3:] for name in dir(c) if name.startswith("op_"))
print(ops)
print([getattr(c, "op_" + o).__name__ for o in ops])
print(getattr(c, "dispatch")("mul", 3, 3), getattr(Calculator, "op_add")(None, 1, 1))
print(getattr("text", "upper")(), getattr([3, 1, 2], "index")(2), getattr(5, "__add__")(1))
methods = {name: getattr(str, name) for name in ("upper", "lower", "title")}
print({k: f("mIxEd wOrds") for k, f in methods.items()})
class Fallback:
    def __getattr__(self, name):
        return lambda *a: f"{name}{a}"
print(getattr(Fallback(), "anything")(1, 2), hasattr(Fallback(), "whatever"))
