class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
    def path(self):
        if self.parent is None:
            return [self.value]
        return self.parent.path() + [self.value]
    def __repr__(self):
        return f"Node({self.value!r}, children={self.children!r})"

root = Node("root")
a = Node("a", root)
b = Node("b", a)
print(b.path(), a)
print(root)
b.children.append(root)
try:
    print(repr(root))
except RecursionError as e:
    print(type(e).__name__, e)
root.parent = b
print(b.path())
