class Config:
    factor = 3
    scale = lambda self, v: v * self.factor
    doubled = [x * 2 for x in range(3)]
    pairs = {k: v for k, v in zip("ab", range(2))}
    lookup = (lambda f: [f * i for i in range(3)])(factor)
    def method(self):
        return [self.factor * i for i in range(3)]

c = Config()
print(c.scale(5), Config.doubled, Config.pairs, Config.lookup, c.method())

class Visibility:
    x = 10
    y = [x for _ in range(1)] if False else None
    try:
        z = [x for _ in range(1)]
    except NameError as e:
        z = f"NameError: {e}"
    w = [i for i in range(x)]
print(Visibility.z, Visibility.w)

def outer():
    x = "function x"
    class Inner:
        x = "class x"
        seen_by_comp = [x for _ in range(1)]
        seen_directly = x
    return Inner.seen_by_comp, Inner.seen_directly
print(outer())

class Counter:
    count = 0
    increments = [count + i for i in range(3)] if False else []
    def bump(self):
        Counter.count += 1
        return Counter.count
print([Counter().bump() for _ in range(3)], Counter.count)

class UsesGlobalsInComp:
    items = [len(s) for s in ["a", "bb"]]
print(UsesGlobalsInComp.items)
class K:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    maxed = max(vals)
print(K.total, K.maxed)
