def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class MyInt(int):
    def __repr__(self):
        return 'MyInt(' + int.__repr__(self) + ')'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyFloat(float):
    pass
class MyDict(dict):
    def __missing__(self, k):
        return -1
a = MyInt(5)
t(lambda: (a, a + 1, a * 2, -a, abs(MyInt(-3)), int(a), str(a), format(a, '03'), a == 5, hash(a) == hash(5)))
t(lambda: (type(a + 1).__name__, type(-a).__name__, isinstance(a, int)))
s = MyStr('hello')
t(lambda: (s, s.upper(), s + '!', s[1:], len(s), s == 'hello', type(s.upper()).__name__, repr(s)))
l = MyList([3, 1, 2])
l.sort()
t(lambda: (l, len(l), l + [4], type(l + [4]).__name__, l[0]))
f = MyFloat(2.5)
t(lambda: (f, f * 2, round(f), f.is_integer(), type(f * 2).__name__, repr(f)))
d = MyDict(a=1)
t(lambda: (d['a'], d['zz'], d.get('zz'), len(d)))
t(lambda: int.__new__(MyInt, 7))
t(lambda: MyInt('ff', 16))
t(lambda: str.__new__(MyStr, 'x').upper())
t(lambda: float.__new__(MyFloat, '1.5') + 1)
