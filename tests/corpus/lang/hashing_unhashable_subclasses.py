class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))
hl = HashableList([1, 2])
print({hl: "ok"}[HashableList([1, 2])], hash(hl) == hash((1, 2)))

class PlainListSub(list):
    pass
try:
    hash(PlainListSub())
except TypeError as e:
    print(type(e).__name__, e)

class TupleSub(tuple):
    pass
print(hash(TupleSub((1, 2))) == hash((1, 2)), {TupleSub((1,)): 1}[(1,)])

class TupleSubEq(tuple):
    def __eq__(self, other):
        return False
try:
    hash(TupleSubEq((1,)))
except TypeError as e:
    print(type(e).__name__, e)

class DictSub(dict):
    __hash__ = object.__hash__
d = DictSub(a=1)
print(d in {d}, len({d, DictSub(a=1)}))

class Unhash:
    __hash__ = None
print(Unhash.__hash__ is None)
try:
    {Unhash()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Unhash())
except TypeError as e:
    print(type(e).__name__, e)

class Restored(Unhash):
    def __hash__(self):
        return 7
print(hash(Restored()))

class IntKey(int):
    def __eq__(self, other):
        return int(self) == int(other)
    __hash__ = int.__hash__
print({IntKey(5): "five"}[5], {5: "plain"}[IntKey(5)])

class StrKey(str):
    pass
m = {StrKey("k"): 1}
print(m["k"], type(list(m)[0]).__name__)
print(isinstance(hl, list), [1, 2] == hl, type(hl + [3]).__name__)
import collections.abc
print(isinstance(Unhash(), collections.abc.Hashable), isinstance(1, collections.abc.Hashable), isinstance([], collections.abc.Hashable))
