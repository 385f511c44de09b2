class WithContains:
    def __contains__(self, x):
        print(f"  __contains__({x!r})")
        return x == "magic"
class WithIter:
    def __iter__(self):
        print("  __iter__ used")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        if i >= 3:
            raise IndexError
        return i * 10
class Neither:
    pass

print("magic" in WithContains(), 1 in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(10 in WithGetitem(), 99 in WithGetitem())
try:
    1 in Neither()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)

class ContainsReturnsNonBool:
    def __contains__(self, x):
        return "truthy"
print(1 in ContainsReturnsNonBool(), 1 not in ContainsReturnsNonBool())

class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)

print("ab" in "cabd", "" in "x", "x" in "", b"a" in b"bab", 97 in b"a")
print(1 in {1: 2}, 2 in {1: 2}, 2 in {1: 2}.values(), (1, 2) in {1: 2}.items())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 3.0 in range(5), "3" in ["3"])
try:
    [1] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print([1] in [[1]], {1: 2} in [{1: 2}])
class Gen:
    def __iter__(self):
        yield 1
        print("  resumed after match")
        yield 2
print(1 in Gen())
