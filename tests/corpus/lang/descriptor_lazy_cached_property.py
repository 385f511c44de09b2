class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Dataset:
    def __init__(self, values):
        self.values = values
    @lazy
    def total(self):
        return sum(self.values)
    @lazy
    def mean(self):
        return self.total / len(self.values)
    def __repr__(self):
        return f"Dataset({self.values})"

d = Dataset([1, 2, 3, 4])
print(sorted(vars(d)))
print(d.mean)
print(d.mean, d.total)
print(sorted(vars(d)))
del d.total
print(d.total)
d.total = 100
print(d.total, d.mean)
print(type(Dataset.total).__name__, Dataset.total.name)

class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, cls):
        self.reads += 1
        return self.reads
class User:
    visits = Counted()
u1, u2 = User(), User()
print(u1.visits, u2.visits, User.visits, User.__dict__['visits'].reads)

class GetOnlyOnType:
    def __get__(self, obj, cls=None):
        return ("bound", obj is not None, cls.__name__ if cls else None)
class Host:
    attr = GetOnlyOnType()
print(Host.attr, Host().attr)
print(GetOnlyOnType().__get__(None, Host), GetOnlyOnType().__get__(5))
