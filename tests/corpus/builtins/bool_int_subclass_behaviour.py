print(True + True, True * 5, True / 2, True // 2, -True, ~True, abs(False))
print(type(True + 1).__name__, type(True & True).__name__, type(True | 0).__name__, type(True ^ 1).__name__)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True == 1, False == 0, hash(True) == hash(1))
print({True: "t", 1: "one", 1.0: "float"}, {0, False, 0.0})
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("False"), bool([]), bool(None), bool(0.0), bool(0j))
print(str(True), repr(False), f"{True}", f"{True:d}", f"{True:>6}", format(False, "b"), "%d" % True, "%s" % False)
print(int(True), float(True), complex(False), True.real, True.imag, True.conjugate(), True.bit_length())
print(sum([True, True, False, True]), max(True, 0.5), min(False, -1), sorted([True, False, 0, 1, -1]))
print(["a", "b"][True], "xy"[False], True << 3, True ** 10)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__name__, type(True).__name__, True.__class__ is bool, repr(bool))
print(True and "yes", False or "no", not True, True is not False)
print(True.__and__(1), True.__and__(True), (1).__and__(True), True.__or__(2))
print(bool("0"), bool(" "), bool([0]), bool((0,)), bool({0: 0}))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(True, 2), round(True), pow(True, -1))
