lst = [1]
alias = lst
lst += (2, 3)
lst += "ab"
lst += range(2)
lst += {"k": 0}
print(lst, lst is alias)
try:
    lst = lst + (1,)
except TypeError as e:
    print(type(e).__name__, e)
lst *= 2
print(len(lst), lst is alias)
t = (1,)
t_alias = t
t += (2,)
t *= 2
print(t, t is t_alias, t_alias)
try:
    t += [3]
except TypeError as e:
    print(type(e).__name__, e)
s = {1}
s_alias = s
s |= {2}
s &= {1, 2, 3}
s -= {9}
s ^= {5}
print(sorted(s), s is s_alias)
try:
    s |= [7]
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
d_alias = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, d is d_alias)
text = "ab"
text_alias = text
text += "cd"
text *= 2
print(text, text_alias)
b = bytearray(b"x")
b_alias = b
b += b"y"
b *= 3
print(b, b is b_alias)
fs = frozenset({1})
fs_alias = fs
fs |= {2}
print(sorted(fs), fs is fs_alias, sorted(fs_alias))
n = 10
n += 2.5
n //= 2
n **= 2
n %= 7
print(n, type(n).__name__)
c = 1j
c += 1
c *= 2
print(c)
