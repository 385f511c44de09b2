tree = {
    "name": "root",
    "children": [
        {"name": "src", "children": [{"name": "main.py"}, {"name": "util.py"}]},
        {"name": "docs", "children": [{"name": "index.md"}]},
        {"name": "README"},
    ],
}

def walk(node, path=()):
    here = path + (node["name"],)
    yield "/".join(here)
    for child in node.get("children", []):
        yield from walk(child, here)

def leaves(node):
    kids = node.get("children")
    if not kids:
        yield node["name"]
        return
    for k in kids:
        yield from leaves(k)

def depth(node):
    return 1 + max((depth(c) for c in node.get("children", [])), default=0)

print(list(walk(tree)))
print(list(leaves(tree)), depth(tree))

def count_nodes():
    total = 0
    def visit(n):
        nonlocal total
        total += 1
        for c in n.get("children", []):
            yield from visit(c)
        yield n["name"]
    order = list(visit(tree))
    return order, total
print(count_nodes())

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in permutations("abc")])

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, (2, [3, [4, (5,)]]), []])))
