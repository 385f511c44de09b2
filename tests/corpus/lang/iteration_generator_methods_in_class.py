class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def breadth_first(self):
        queue = [self]
        while queue:
            node = queue.pop(0)
            yield node.value
            queue.extend(node.children)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def __len__(self):
        return sum(1 for _ in self)
    def __contains__(self, v):
        print(f"  __contains__({v})")
        return any(x == v for x in self)

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t))
print(list(t.breadth_first()))
print(list(t.leaves()))
for depth, v in t.depth_first():
    print("  " * depth + str(v))
print(len(t), 7 in t, 9 in t)
print(sum(t), max(t), sorted(t, reverse=True))
it = iter(t)
print(type(it).__name__, next(it), next(it))
print(type(t.depth_first).__name__, t.depth_first.__func__.__qualname__)
print(t.__iter__.__code__.co_flags & 0x20 != 0)

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(50)
print(list(f), list(f))
print(list(zip(Fib(10), Fib(100))))
