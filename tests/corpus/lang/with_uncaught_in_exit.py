class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []
    def __enter__(self):
        print(f"begin {self.name}")
        return self
    def add(self, op):
        print(f"  op {op}")
        self.ops.append(op)
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"commit {self.name}: {self.ops}")
            return False
        print(f"rollback {self.name} because {exc_type.__name__}: {exc}")
        raise RuntimeError(f"rollback of {self.name} failed")

with Transaction("t1") as t:
    t.add("insert")
    t.add("update")

try:
    with Transaction("t2") as t:
        t.add("delete")
        raise ValueError("constraint violated")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))

def process(items):
    with Transaction("t3") as t:
        for item in items:
            t.add(item)
            if item < 0:
                raise ValueError(f"negative item {item}")
    return len(items)

print(process([1, 2]))
print(process([3, -4, 5]))
