class Plain:
    pass
print(Plain.__hash__ is object.__hash__)

class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {OnlyEq()}
except TypeError as e:
    print(type(e).__name__, e)

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f"Key({self.k!r})"

d = {Key("Hello"): 1}
print(d[Key("HELLO")], Key("hello") in d, len({Key("a"), Key("A"), Key("b")}))

class Child(Key):
    def __eq__(self, o):
        return False
print(Child.__hash__)

class KeepsHash(Key):
    def __eq__(self, o):
        return False
    __hash__ = Key.__hash__
print(hash(KeepsHash("x")) == hash(Key("X")))

class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(BigHash()))

class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))

print(hash(1) == hash(1.0) == hash(True), {1: 'a', 1.0: 'b', True: 'c'})
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for v in ([1], {1: 2}, {1}, bytearray(b'x')):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(-1), hash(-2), hash(0), hash(10**20) == hash(10**20 % (2**61 - 1)))
