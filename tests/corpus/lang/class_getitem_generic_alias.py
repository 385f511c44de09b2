class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int])
print(Box["str", 3])
print(Box[()])

class Sub(Box):
    pass
print(Sub[float])

try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

ga = list[int]
print(ga, type(ga).__name__, ga.__origin__, ga.__args__)
print(dict[str, list[int]])
print(tuple[int, ...], tuple[()])
print(list[int]([1, 2]), list[int] == list[int], list[int] == list[str])
print(isinstance([], list), type[int])
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __getitem__(cls, item):
        return f"Meta getitem {item}"
class UsesMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(UsesMeta[1])

class Instance:
    def __getitem__(self, i):
        return i * 2
    def __class_getitem__(cls, i):
        return ('cls', i)
print(Instance()[5], Instance[5])
print(int | str, list[int] | None)
