def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])

def make_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_late()])

base = 100
def uses_default(v=base):
    return v
def uses_closure():
    return base
base = 200
print(uses_default(), uses_closure())

def factory(config):
    def handler(event, cfg=dict(config)):
        return f"{event} with {cfg}"
    return handler
cfg = {"level": 1}
h = factory(cfg)
cfg["level"] = 99
print(h("start"))

def counter():
    def inc(counts=[0]):
        counts[0] += 1
        return counts[0]
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1.__defaults__, c2.__defaults__)

def keyword_defaults(*, sep=", ", items=()):
    return sep.join(items)
print(keyword_defaults(items=["a", "b"]), repr(keyword_defaults()), keyword_defaults.__kwdefaults__)

buttons = {}
for name in ("ok", "cancel", "help"):
    buttons[name] = lambda name=name: f"clicked {name}"
print([buttons[k]() for k in sorted(buttons)])

def nested_defaults():
    x = "outer"
    def f(y=x):
        x2 = y
        return x2
    x = "changed"
    return f()
print(nested_defaults())
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)).__defaults__)
