class Show:
    def __getitem__(self, key):
        return key
s = Show()
idx = (1, 2)
print(s[*idx], s[0, *idx], s[*idx, 3], s[*[], 9])
print(s[*"ab"], s[*range(3)])
print(type(s[*idx]).__name__)
t = tuple[int, *tuple[str, ...]]
print(t)
print(s[1:2, *idx])
d = {(1, 2): "tuple key"}
print(d[*idx])
try:
    exec("s[*idx] = 5", {"s": s, "idx": idx})
except TypeError as e:
    print(type(e).__name__, e)
class Store:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
st = Store()
st[*idx] = "set via star"
print(st.data, st[1, 2])
for src in ["s[*x:1]", "s[**x]", "s[*]"]:
    try:
        compile(src, "<s>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
def variadic(*args):
    return args
print(variadic(*idx, *idx), [*idx, *idx], {*idx})
print(s[()], s[(*idx,)])
