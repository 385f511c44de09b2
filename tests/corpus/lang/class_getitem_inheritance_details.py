class Base:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return f"{cls.__name__}<{', '.join(getattr(p, '__name__', repr(p)) for p in params)}>"

class Child(Base):
    pass

print(Base[int], Child[str, bytes], Child[1, "x"])
print(type(Base.__dict__["__class_getitem__"]).__name__)

class ExplicitClassmethod:
    @classmethod
    def __class_getitem__(cls, item):
        return ("explicit", cls.__name__, item)
print(ExplicitClassmethod[5])

class Override(Base):
    def __class_getitem__(cls, item):
        return "overridden: " + super().__class_getitem__(item)
print(Override[float])

class InstanceOnly:
    def __getitem__(self, i):
        return f"instance[{i}]"
print(InstanceOnly()[1])
try:
    InstanceOnly[1]
except TypeError as e:
    print(type(e).__name__, e)

class NotCallableCGI:
    __class_getitem__ = 42
try:
    NotCallableCGI[0]
except TypeError as e:
    print(type(e).__name__, e)

print(list[int], type(list[int]).__name__, list[int].__origin__ is list)
print(dict[str, int].__args__, tuple[int, ...].__args__, list[list[int]])
alias = list[int]
print(alias(range(3)), isinstance(alias(), list), alias == list[int], alias != list)
print(type[int], set[frozenset[int]], list["forward"])
try:
    list[int][str]
except TypeError as e:
    print(type(e).__name__, e)
print(repr(dict[str, list[int] | None]))
