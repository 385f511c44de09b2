values = [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), float("inf"), 0j, 1j, "", " ", "0", "False", b"", b"\x00",
          [], [0], (), ((),), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, ..., NotImplemented.__class__]
for v in values:
    print(f"{v!r:26} -> {bool(v)!s:5} not={not v}")
print(sum(map(bool, values)), len(values), [type(v).__name__ for v in values if not v][:6])
class Truthy:
    pass
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
print(bool(Truthy()), bool(Falsy()), bool(Empty()), bool(Truthy), bool(Falsy), bool(len), bool(print))
print(bool(0.0) == bool(-0.0) == bool(0j), bool("0") and bool("False"), bool([[]]), bool([()]))
print(all([1, "a", [0]]), any(["", 0, None]), bool(range(-1)), bool(range(-1, 0)))
print(int(bool(5)), float(bool("")), str(bool(None)), repr(bool({1})), bool(bool))
print([bool(x) for x in (Falsy(), Empty(), Truthy())], not Empty(), Empty() or "fallback")
print(bool.__call__(1), bool.__new__(bool, 0), type(bool(1)) is bool, True.__bool__(), (0).__bool__())
print(sorted([True, False, True]), max(False, True), sum([True] * 7))
