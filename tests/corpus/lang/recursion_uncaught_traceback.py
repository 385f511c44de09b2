def walk(tree, depth=0):
    print("  " * depth + str(tree["name"]))
    for child in tree.get("children", []):
        walk(child, depth + 1)
    return depth

tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1"}, {"name": "a2"}]},
    {"name": "b"},
]}
walk(tree)

def count(tree):
    return 1 + sum(count(c) for c in tree.get("children", []))
print("nodes:", count(tree))

def flatten(node):
    result = [node["name"]]
    for c in node.get("children", []):
        result += flatten(c)
    return result
print(flatten(tree))

cyclic = {"name": "loop"}
cyclic["children"] = [cyclic]

def depth_of(node):
    best = 0
    for c in node.get("children", []):
        best = max(best, depth_of(c))
    return best + 1
print("depth:", depth_of(tree))
print("cyclic depth:", depth_of(cyclic))
