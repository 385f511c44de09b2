a = [1, 2]
b = (3, 4)
c = {5, 6}
d = {"x": 1}
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*a, 0, *a])
print({**d, "y": 2}, {**d, **{"x": 99}}, {"x": 0, **d}, {**{}, **{}})
print([*range(3), *"ab", *{"k": 1}], [*[], *()], (*"x",))
print(*a, *b, sep="-")
print(sorted({*c, *a}))
print(dict(**d, z=3), list(zip(*[a, b])))
nested = [[1, 2], [3]]
print([*nested[0], *nested[1]], [*map(str, a)], [*(x * 2 for x in a)])
class Keys:
    def keys(self):
        return ["p"]
    def __getitem__(self, k):
        return "P"
print({**Keys(), "q": 1})
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**{1: 2}, **{1: 3}}
    print("duplicate keys in display are fine:", {**{1: 2}, **{1: 3}})
except TypeError as e:
    print(type(e).__name__, e)
def f(**kw):
    return kw
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
for src in ["[**d]", "{*a: 1}", "(*a)", "f(**d, *a)"]:
    try:
        compile(src, "<s>", "eval")
        print("compiles:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
